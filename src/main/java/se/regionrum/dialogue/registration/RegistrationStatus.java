package se.regionrum.dialogue.registration;

/** Where a registration stands. Refused registrations are answered, not stored. */
public enum RegistrationStatus {

	CONFIRMED, WAITLISTED, REFUSED, CANCELLED

}
