package se.regionrum.strategy.consultation;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ConsultationRepository extends ListCrudRepository<Consultation, Long> {

	List<Consultation> findByStrategyIdOrderByOpensOnDesc(Long strategyId);

}
