package se.regionrum.dialogue.registration;

import se.regionrum.dialogue.series.Series;

/**
 * What a meeting's pages show about registering for it, computed once per page: the series it
 * belongs to (or {@code null}), the rules that apply, the places left ({@code null} without a
 * capacity), why registration is closed ({@code null} when open) and the confirmed count.
 */
public record MeetingRegistration(Series series, RegistrationRules rules, Integer placesLeft,
		RefusalReason closedReason, int confirmed) {
}
