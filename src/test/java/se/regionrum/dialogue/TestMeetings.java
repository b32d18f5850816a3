package se.regionrum.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingKind;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesForm;
import se.regionrum.dialogue.series.SeriesKind;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.SystemUser;

/** Meetings and series for tests, created through the services as the system user. */
public final class TestMeetings {

	private TestMeetings() {
	}

	public static MeetingForm form(String title, LocalDate date, Integer capacity, Integer perOrganisation) {
		MeetingForm form = new MeetingForm();
		form.setKind(MeetingKind.SEMINAR);
		form.setTitle(title);
		form.setDate(date);
		form.setStartTime(LocalTime.of(10, 0));
		form.setEndTime(LocalTime.of(15, 0));
		form.setCoffeeTime(LocalTime.of(9, 30));
		form.setPlace("Falun");
		form.setCapacity(capacity);
		form.setPerOrganisationLimit(perOrganisation);
		form.setPublished(true);
		form.setWaitingList(true);
		return form;
	}

	public static Meeting create(MeetingService meetings, MeetingForm form) {
		return SystemUser.call(() -> meetings.create(form));
	}

	/** A published seminar series organised by the given organisations. */
	public static SeriesForm seriesForm(String title, Long... organiserIds) {
		SeriesForm form = new SeriesForm();
		form.setKind(SeriesKind.SEMINAR_SERIES);
		form.setTitle(title);
		form.setPublished(true);
		form.setOrganiserIds(new ArrayList<>(List.of(organiserIds)));
		return form;
	}

	public static Series createSeries(SeriesService series, SeriesForm form) {
		return SystemUser.call(() -> series.create(form));
	}

}
