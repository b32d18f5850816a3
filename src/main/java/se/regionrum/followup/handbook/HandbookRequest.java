package se.regionrum.followup.handbook;

import java.util.List;

/** A whole handbook draft for the API: title, owner, foreword and the chapters in order. */
public record HandbookRequest(String title, Long ownerOrganisationId, String foreword, List<ChapterForm> chapters) {
}
