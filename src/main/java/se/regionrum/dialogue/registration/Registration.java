package se.regionrum.dialogue.registration;

import java.time.OffsetDateTime;

/** One person's registration for one meeting. */
public record Registration(long id, long meetingId, Long seriesId, String token, String name, String email,
		String organisationName, Long organisationId, String diet, RegistrationStatus status, boolean attended,
		boolean anonymised, OffsetDateTime createdAt) {
}
