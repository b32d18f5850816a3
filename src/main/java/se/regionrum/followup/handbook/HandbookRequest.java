package se.regionrum.followup.handbook;

import java.util.List;

/** A whole handbook draft for the API: title, owner, foreword and the chapters in order. */
public record HandbookRequest(String title, Long ownerOrganisationId, String foreword, List<ChapterRequest> chapters) {

	/**
	 * One chapter: its kind and source (a method, a practice case, a survey or a programme), or a
	 * title and text of its own.
	 */
	public record ChapterRequest(ChapterKind kind, Long methodId, Long initiativeId, Long surveyId, Long programmeId,
			String title, String body) {

		ChapterForm toForm() {
			return new ChapterForm(kind, methodId, initiativeId, surveyId, programmeId, title, body);
		}

	}

	/** The chapters as the forms the service checks; none when left out. */
	List<ChapterForm> chapterForms() {
		return chapters == null ? List.of() : chapters.stream().map(c -> c == null ? null : c.toForm()).toList();
	}

}
