package se.regionrum.dialogue;

import se.regionrum.platform.CurrentUser;

/**
 * Published when someone takes up a meeting note as a development initiative, and optionally an
 * obstacle to it. The dialogue module has checked the form (owner and municipality exist, the
 * person may act for the owner); the initiatives module creates the initiative and the obstacle,
 * with the note as their origin, in the name of the person who took the note up. Delivered through
 * the event publication registry, so a failed delivery is kept and can be resubmitted.
 *
 * @param meetingLabel how the initiative names its origin, e.g. "Kommundialog Mora 2025-03-12"
 * @param level the initiative's level: LOCAL, INTERMUNICIPAL, REGIONAL, INTERREGIONAL or NATIONAL
 * @param municipalityId the organisation id of the municipality the initiative concerns
 * @param obstacleTitle {@code null} when no obstacle was named
 * @param obstacleKind REGULATION, FINANCING, COMPETENCE, INFRASTRUCTURE, HOUSING, ELECTRICITY or OTHER
 * @param obstacleRemover MUNICIPALITY, REGION, COUNTY_ADMINISTRATIVE_BOARD or NATIONAL_AGENCY
 * @param takenUpBy who took the note up
 */
public record MeetingNoteTakenUp(long noteId, String meetingLabel, String title, String description,
		long ownerOrganisationId, String level, long municipalityId, String obstacleTitle, String obstacleKind,
		String obstacleRemover, CurrentUser takenUpBy) {
}
