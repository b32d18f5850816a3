package se.regionrum.dialogue.registration;

import java.time.Instant;
import java.time.LocalDate;

import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.series.Series;

/**
 * The registration rules that apply to a meeting, its own or else its series' (deadline, capacity,
 * places per organisation, waiting list, series registration only), and the decisions they make.
 * Plain inputs only: the counts come from the caller, who holds the meeting's lock while it counts
 * and inserts, so this class never touches the database.
 *
 * @param deadline the last day to register, or {@code null}
 * @param capacity places, or {@code null} for no limit
 * @param perOrganisationLimit people per organisation (confirmed and wait-listed), or {@code null}
 * @param waitingList whether a full meeting takes people onto a waiting list
 * @param seriesOnly whether one registers for the whole series only
 */
public record RegistrationRules(LocalDate deadline, Integer capacity, Integer perOrganisationLimit,
		boolean waitingList, boolean seriesOnly) {

	/** The meeting's own rules, with those it leaves empty taken from its series (or none). */
	public static RegistrationRules of(Meeting meeting, Series series) {
		return new RegistrationRules(
				meeting.registrationDeadline() != null ? meeting.registrationDeadline()
						: series == null ? null : series.registrationDeadline(),
				meeting.capacity() != null ? meeting.capacity() : series == null ? null : series.capacity(),
				meeting.perOrganisationLimit() != null ? meeting.perOrganisationLimit()
						: series == null ? null : series.perOrganisationLimit(),
				meeting.waitingList() && (series == null || series.waitingList()),
				series != null && series.seriesRegistrationOnly());
	}

	/** Places left given the confirmed registrations, or {@code null} when there is no capacity limit. */
	public Integer placesLeft(int confirmed) {
		return capacity == null ? null : Math.max(0, capacity - confirmed);
	}

	/** Whether the meeting takes registrations now, and if not, why ({@code null} when open). */
	public RefusalReason closedReason(Meeting meeting, Instant now, LocalDate today) {
		if (!meeting.isPublic(now)) {
			return RefusalReason.NOT_OPEN;
		}
		if (meeting.isPast(now)) {
			return RefusalReason.MEETING_OVER;
		}
		if (deadline != null && today.isAfter(deadline)) {
			return RefusalReason.DEADLINE_PASSED;
		}
		return null;
	}

	/** What the meeting already holds, counted under its lock. */
	public record Tally(int samePerson, int ofOrganisation, int confirmed) {
	}

	/** A place, a waiting-list place, or a refusal with its reason. */
	public record Decision(RegistrationStatus status, RefusalReason reason) {

		static Decision refused(RefusalReason reason) {
			return new Decision(RegistrationStatus.REFUSED, reason);
		}

	}

	/**
	 * Decides one person's registration for the meeting: refused when registration is closed, the
	 * person is already registered (same name and e-mail) or the organisation has used its places;
	 * else confirmed while there are places, wait-listed or refused when full.
	 */
	public Decision decide(Meeting meeting, Instant now, LocalDate today, Tally tally) {
		RefusalReason closed = closedReason(meeting, now, today);
		if (closed != null) {
			return Decision.refused(closed);
		}
		if (tally.samePerson() > 0) {
			return Decision.refused(RefusalReason.ALREADY_REGISTERED);
		}
		if (perOrganisationLimit != null && tally.ofOrganisation() >= perOrganisationLimit) {
			return Decision.refused(RefusalReason.ORGANISATION_FULL);
		}
		if (capacity == null || tally.confirmed() < capacity) {
			return new Decision(RegistrationStatus.CONFIRMED, null);
		}
		return waitingList ? new Decision(RegistrationStatus.WAITLISTED, null) : Decision.refused(RefusalReason.FULL);
	}

	/** Whether one more wait-listed person can be given a place, given the confirmed registrations. */
	public boolean hasPlaceFor(int confirmed) {
		return capacity != null && confirmed < capacity;
	}

}
