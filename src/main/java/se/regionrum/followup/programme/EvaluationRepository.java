package se.regionrum.followup.programme;

import org.springframework.data.repository.ListCrudRepository;

interface EvaluationRepository extends ListCrudRepository<Evaluation, Long> {

	java.util.List<Evaluation> findByProgrammeIdOrderByEvaluatedOnAscIdAsc(long programmeId);

}
