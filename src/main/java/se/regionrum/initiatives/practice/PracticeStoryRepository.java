package se.regionrum.initiatives.practice;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PracticeStoryRepository extends ListCrudRepository<PracticeStory, Long> {

	Optional<PracticeStory> findByInitiativeId(long initiativeId);

}
