package se.regionrum.dialogue.registration;

/** A person to register: the registrant or a colleague of the same organisation. */
public record Person(String name, String email, String diet) {
}
