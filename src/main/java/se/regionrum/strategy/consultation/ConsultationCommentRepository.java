package se.regionrum.strategy.consultation;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ConsultationCommentRepository extends ListCrudRepository<ConsultationComment, Long> {

	List<ConsultationComment> findByConsultationIdOrderBySubmittedAtAsc(Long consultationId);

	long countByConsultationId(Long consultationId);

}
