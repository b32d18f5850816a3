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
import se.regionrum.dialogue.survey.QuestionForm;
import se.regionrum.dialogue.survey.QuestionKind;
import se.regionrum.platform.SystemUser;

/** Meetings and series for tests, created through the services as the system user, and survey questions as the builder gives them. */
public final class DialogueFixtures {

	private DialogueFixtures() {
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

	public static QuestionForm textQuestion(String text) {
		return new QuestionForm(QuestionKind.FREE_TEXT, text, false, null, null, null, null, null);
	}

	public static QuestionForm requiredTextQuestion(String text) {
		return new QuestionForm(QuestionKind.FREE_TEXT, text, true, null, null, null, null, null);
	}

	public static QuestionForm scaleQuestion(String text) {
		return new QuestionForm(QuestionKind.SCALE, text, false, null, 1, 5, "Inte alls", "Mycket");
	}

	public static QuestionForm choiceQuestion(String text, String... options) {
		return new QuestionForm(QuestionKind.SINGLE_CHOICE, text, false, List.of(options), null, null, null, null);
	}

	public static QuestionForm question(QuestionKind kind, String text, boolean required, String... options) {
		return new QuestionForm(kind, text, required, List.of(options), null, null, null, null);
	}

}
