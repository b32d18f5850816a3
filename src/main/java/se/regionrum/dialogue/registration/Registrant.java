package se.regionrum.dialogue.registration;

/** A person to register: the one filling in the form or a colleague of the same organisation. */
public record Registrant(String name, String email, String diet) {
}
