package se.regionrum.dialogue.registration;

/**
 * What happened to one person's registration.
 *
 * @param reason why it was refused; {@code null} unless refused
 * @param token the personal cancellation token; {@code null} when refused
 */
public record Outcome(String name, String email, RegistrationStatus status, RefusalReason reason, String token) {
}
