package se.regionrum.dialogue.presentation;

/**
 * Something phones and screens must follow happened in a presentation: {@code moved} when the
 * presenter changed what is shown (question, lock, hidden results, Q&A list), otherwise only
 * answers arrived (screens refresh their numbers, phones need nothing).
 */
public record PresentationChanged(long presentationId, boolean moved) {
}
