package se.regionrum.followup.handbook;

import java.time.LocalDate;

/** A handbook in a list: its draft and its latest published edition, if any. */
public record HandbookSummary(long id, String title, long ownerOrganisationId, int chapters, Integer latestEdition,
		LocalDate latestPublishedOn, boolean changedSincePublished) {
}
