package se.regionrum.strategy.consultation;

import java.time.LocalDate;

/** Where a consultation is in time: before its period, open (responses and comments taken), or closed. */
public enum ConsultationPhase {
	UPCOMING, OPEN, CLOSED;

	static ConsultationPhase of(LocalDate opensOn, LocalDate closesOn, LocalDate day) {
		if (day.isBefore(opensOn)) {
			return UPCOMING;
		}
		return day.isAfter(closesOn) ? CLOSED : OPEN;
	}
}
