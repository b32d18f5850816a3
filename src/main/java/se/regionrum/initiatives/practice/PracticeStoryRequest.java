package se.regionrum.initiatives.practice;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** A practice story as API clients send it; every part is Markdown, and an empty story deletes it. */
@Schema(description = "The practice story of an initiative; every part is Markdown and an empty story deletes it")
public record PracticeStoryRequest(
		@Size(max = PracticeStoryForm.MAX, message = "{validation.tooLong}") String challenge,
		@Size(max = PracticeStoryForm.MAX, message = "{validation.tooLong}") String actions,
		@Size(max = PracticeStoryForm.MAX, message = "{validation.tooLong}") String participants,
		@Size(max = PracticeStoryForm.MAX, message = "{validation.tooLong}") String obstacles,
		@Size(max = PracticeStoryForm.MAX, message = "{validation.tooLong}") String results,
		@Size(max = PracticeStoryForm.MAX, message = "{validation.tooLong}") String lessons) {

	PracticeStoryForm toForm() {
		return new PracticeStoryForm(challenge, actions, participants, obstacles, results, lessons);
	}

}
