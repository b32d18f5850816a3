package se.regionrum.initiatives.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.regionrum.initiatives.PracticeCase;
import se.regionrum.initiatives.PracticeCases;

/** The practice case API for other modules, delegating to {@link PracticeStoryService}. */
@Component
class PracticeCasesAdapter implements PracticeCases {

	private final PracticeStoryService stories;

	PracticeCasesAdapter(PracticeStoryService stories) {
		this.stories = stories;
	}

	@Override
	public List<PracticeCase> all() {
		return stories.practiceCases();
	}

	@Override
	public Optional<PracticeCase> find(long initiativeId) {
		return stories.practiceCase(initiativeId);
	}

}
