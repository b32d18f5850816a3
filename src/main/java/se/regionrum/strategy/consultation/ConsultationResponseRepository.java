package se.regionrum.strategy.consultation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ConsultationResponseRepository extends ListCrudRepository<ConsultationResponse, Long> {

	Optional<ConsultationResponse> findByConsultationIdAndOrganisationId(Long consultationId, Long organisationId);

	List<ConsultationResponse> findByConsultationId(Long consultationId);

}
