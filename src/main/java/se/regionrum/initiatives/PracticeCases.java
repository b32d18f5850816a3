package se.regionrum.initiatives;

import java.util.List;
import java.util.Optional;

/**
 * The practice cases (initiatives flagged as practice cases) with their stories, for other
 * modules such as the method handbook. Visibility is that of the initiatives: anonymous callers
 * see published ones only.
 */
public interface PracticeCases {

	/** All practice cases the current user may see, by title. */
	List<PracticeCase> all();

	/** One practice case, if the initiative exists, is flagged as a practice case and may be seen. */
	Optional<PracticeCase> find(long initiativeId);

}
