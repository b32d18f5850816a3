package se.regionrum.initiatives;

import java.util.List;

/**
 * A practice case (praktikfall) as other modules see it: the initiative flagged as one, where it
 * took place, its themes and its story. Story texts are Markdown source (render them through the
 * platform's rich-text helper); a part not written is {@code null}.
 *
 * @param municipalities names of the municipalities, sorted
 * @param themes theme codes ({@code initiatives.theme.<code>} in the message bundle names them)
 * @param removedObstacles titles of the initiative's obstacles that have been removed
 */
public record PracticeCase(long initiativeId, String title, String description, long ownerOrganisationId,
		boolean published, List<String> municipalities, List<String> themes, String challenge, String actions,
		String participants, String obstacles, String results, String lessons, List<String> removedObstacles) {

	public String path() {
		return "/initiatives/" + initiativeId;
	}

	public boolean hasStory() {
		return challenge != null || actions != null || participants != null || obstacles != null || results != null
				|| lessons != null;
	}

}
