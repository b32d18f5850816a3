package se.regionrum.followup.handbook;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface HandbookEditionRepository extends ListCrudRepository<HandbookEdition, Long> {

	List<HandbookEdition> findByHandbookIdOrderByEditionNumberDesc(long handbookId);

	Optional<HandbookEdition> findByHandbookIdAndEditionNumber(long handbookId, int editionNumber);

	Optional<HandbookEdition> findFirstByHandbookIdOrderByEditionNumberDesc(long handbookId);

}
