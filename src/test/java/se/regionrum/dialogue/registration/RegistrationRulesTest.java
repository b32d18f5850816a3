package se.regionrum.dialogue.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingKind;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesKind;

/** The rules alone, from plain inputs: no database, no Spring. */
class RegistrationRulesTest {

	static final LocalDate TODAY = LocalDate.of(2027, 9, 1);

	static final Instant NOW = TODAY.atTime(12, 0).atZone(Meeting.ZONE).toInstant();

	static Meeting meeting(LocalDate date, LocalDate deadline, Integer capacity, Integer perOrganisation,
			boolean waitingList) {
		return new Meeting(1, null, null, MeetingKind.SEMINAR, "Möte", date, LocalTime.of(10, 0),
				LocalTime.of(15, 0), null, "Falun", null, null, null, null, true, null, deadline, capacity,
				perOrganisation, waitingList);
	}

	static Series series(LocalDate deadline, Integer capacity, Integer perOrganisation, boolean seriesOnly,
			boolean waitingList) {
		return new Series(7, SeriesKind.SEMINAR_SERIES, "Serie", null, null, null, true, null, deadline, capacity,
				perOrganisation, seriesOnly, waitingList, List.of());
	}

	static RegistrationRules.Tally tally(int samePerson, int ofOrganisation, int confirmed) {
		return new RegistrationRules.Tally(samePerson, ofOrganisation, confirmed);
	}

	final Meeting later = meeting(TODAY.plusDays(10), null, 2, 1, true);

	@Test
	void aMeetingsOwnRulesWinAndTheRestComeFromItsSeries() {
		Meeting own = meeting(TODAY.plusDays(10), null, 40, null, true);
		RegistrationRules rules = RegistrationRules.of(own, series(TODAY.plusDays(5), 20, 3, true, false));
		assertThat(rules).isEqualTo(new RegistrationRules(TODAY.plusDays(5), 40, 3, false, true));
		assertThat(RegistrationRules.of(own, null)).isEqualTo(new RegistrationRules(null, 40, null, true, false));
	}

	@Test
	void placesLeftNeverGoBelowZeroAndAreNullWithoutCapacity() {
		RegistrationRules rules = RegistrationRules.of(later, null);
		assertThat(rules.placesLeft(1)).isEqualTo(1);
		assertThat(rules.placesLeft(5)).isZero();
		assertThat(RegistrationRules.of(meeting(TODAY, null, null, null, true), null).placesLeft(5)).isNull();
	}

	@Test
	void closedAfterTheDeadlineAndOnceTheMeetingIsOver() {
		Meeting due = meeting(TODAY.plusDays(10), TODAY.minusDays(1), null, null, true);
		assertThat(RegistrationRules.of(due, null).closedReason(due, NOW, TODAY))
			.isEqualTo(RefusalReason.DEADLINE_PASSED);
		Meeting over = meeting(TODAY.minusDays(1), null, null, null, true);
		assertThat(RegistrationRules.of(over, null).closedReason(over, NOW, TODAY)).isEqualTo(RefusalReason.MEETING_OVER);
		assertThat(RegistrationRules.of(later, null).closedReason(later, NOW, TODAY)).isNull();
	}

	@Test
	void decidesQuotaBeforeCapacityAndWaitListsWhenFull() {
		RegistrationRules rules = RegistrationRules.of(later, null);
		assertThat(rules.decide(later, NOW, TODAY, tally(0, 0, 0)).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(rules.decide(later, NOW, TODAY, tally(1, 0, 0)).reason()).isEqualTo(RefusalReason.ALREADY_REGISTERED);
		assertThat(rules.decide(later, NOW, TODAY, tally(0, 1, 0)).reason()).isEqualTo(RefusalReason.ORGANISATION_FULL);
		assertThat(rules.decide(later, NOW, TODAY, tally(0, 0, 2)).status()).isEqualTo(RegistrationStatus.WAITLISTED);
		Meeting noWaitingList = meeting(TODAY.plusDays(10), null, 2, null, false);
		assertThat(RegistrationRules.of(noWaitingList, null).decide(noWaitingList, NOW, TODAY, tally(0, 0, 2)).reason())
			.isEqualTo(RefusalReason.FULL);
	}

	@Test
	void theWaitingListMovesUpWhileThereArePlaces() {
		RegistrationRules rules = RegistrationRules.of(later, null);
		assertThat(rules.hasPlaceFor(1)).isTrue();
		assertThat(rules.hasPlaceFor(2)).isFalse();
		assertThat(RegistrationRules.of(meeting(TODAY, null, null, null, true), null).hasPlaceFor(0)).isFalse();
	}

}
