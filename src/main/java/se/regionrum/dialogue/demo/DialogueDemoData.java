package se.regionrum.dialogue.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.dialogue.meeting.AgendaItemForm;
import se.regionrum.dialogue.meeting.AgendaService;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingKind;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.note.MeetingNote;
import se.regionrum.dialogue.note.NoteService;
import se.regionrum.dialogue.note.TakeUpForm;
import se.regionrum.dialogue.note.TakeUpLevel;
import se.regionrum.dialogue.presentation.Presentation;
import se.regionrum.dialogue.presentation.PresentationService;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.survey.QuestionForm;
import se.regionrum.dialogue.survey.QuestionKind;
import se.regionrum.dialogue.survey.Survey;
import se.regionrum.dialogue.survey.SurveyService;
import se.regionrum.dialogue.series.SeriesForm;
import se.regionrum.dialogue.series.SeriesKind;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.DemoData;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.SystemUser;

/**
 * Loads the region's demo meetings ({@code demo/<dataset>/dialogue.json}) through the same
 * services (and audit log) as people use. Organisers are looked up by name; missing ones are left out.
 * Series and meetings that exist already (by title) are skipped, so loading again adds only what
 * is missing ({@code regionrum.demo.mode=always}).
 */
@Component
class DialogueDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(DialogueDemoData.class);

	private final SeriesService series;

	private final MeetingService meetings;

	private final Organisations organisations;

	private final PresentationService presentations;

	private final SurveyService surveys;

	private final NoteService notes;


	private final String dataset;

	private final AgendaService agenda;

	DialogueDemoData(SeriesService series, MeetingService meetings, Organisations organisations,
			PresentationService presentations, SurveyService surveys, NoteService notes,
			@Value("${regionrum.demo.dataset:dalarna}") String dataset,
			AgendaService agenda) {
		this.agenda = agenda;
		this.series = series;
		this.meetings = meetings;
		this.organisations = organisations;
		this.presentations = presentations;
		this.surveys = surveys;
		this.notes = notes;
		this.dataset = dataset;
	}

	record Data(List<SeriesData> series, List<MeetingData> meetings) {
	}

	record SeriesData(String key, SeriesKind kind, String title, List<String> organisers, String description,
			String purpose, String targetGroup, LocalDate registrationDeadline, Integer perOrganisationLimit,
			Integer capacity, boolean seriesRegistrationOnly, List<MeetingData> meetings, SurveyData survey) {
	}

	record MeetingData(String title, MeetingKind kind, String organiser, Boolean published, LocalDate date,
			LocalTime start, LocalTime end, LocalTime coffee, String place, String onlineUrl, String theme,
			Integer capacity, Integer perOrganisationLimit, List<AgendaData> agenda, PresentationData presentation, SurveyData survey, List<NoteData> notes) {
	}

	record NoteData(String body, TakeUpData initiative) {
	}

	record TakeUpData(String title, String owner, String municipality, TakeUpLevel level, String obstacle,
			String obstacleKind, String remover) {
	}

	/**
	 * A survey built as on the builder page, published, with made-up responses: one value per
	 * question in order, the options of a multiple choice or a ranking separated by " | ".
	 */
	record SurveyData(String title, String intro, List<QuestionData> questions, List<List<String>> responses) {
	}

	record QuestionData(QuestionKind kind, String text, Boolean required, List<String> options, Integer scaleMin,
			Integer scaleMax, String minLabel, String maxLabel) {
	}

	/** A live presentation; {@code code} is its join code if free (the seed's "1724 1676"). */
	record PresentationData(String title, String code, List<SlideData> questions) {
	}

	/** A question of a live presentation (the survey builder has its own question kinds). */
	record SlideData(se.regionrum.dialogue.presentation.QuestionKind kind, String question, String options) {
	}

	record AgendaData(LocalTime time, LocalTime end, String title, String speaker, String organisation) {
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public boolean holdsNoData() {
		return SystemUser.call(() -> meetings.list(null, null, null).isEmpty());
	}

	@Override
	public void loadMissing() {
		load();
	}

	void load() {
		ClassPathResource resource = new ClassPathResource("demo/" + dataset + "/dialogue.json");
		if (!resource.exists()) {
			return;
		}
		Data data;
		try (InputStream in = resource.getInputStream()) {
			data = JsonMapper.builder().build().readValue(in, Data.class);
		}
		catch (IOException ex) {
			log.warn("Demo meetings not loaded: {}", ex.getMessage());
			return;
		}
		SystemUser.run(() -> {
			Set<String> existingSeries = series.list().stream().map(Series::title).collect(Collectors.toSet());
			Set<String> existingMeetings = meetings.list(null, null, null).stream()
				.map(Meeting::title)
				.collect(Collectors.toCollection(HashSet::new));
			for (SeriesData s : data.series()) {
				if (existingSeries.contains(s.title())) {
					for (MeetingData m : s.meetings()) {
						existingMeetings.add(m.title());
					}
					continue;
				}
				SeriesForm form = new SeriesForm();
				form.setKind(s.kind());
				form.setTitle(s.title());
				form.setDescription(s.description());
				form.setPurpose(s.purpose());
				form.setTargetGroup(s.targetGroup());
				form.setPublished(true);
				form.setRegistrationDeadline(s.registrationDeadline());
				form.setPerOrganisationLimit(s.perOrganisationLimit());
				form.setCapacity(s.capacity());
				form.setSeriesRegistrationOnly(s.seriesRegistrationOnly());
				form.setWaitingList(true);
				List<Long> organisers = new ArrayList<>();
				for (String name : s.organisers()) {
					organisations.findByName(name).map(OrganisationRef::id).ifPresent(organisers::add);
				}
				form.setOrganiserIds(organisers);
				Series saved = series.create(form);
				for (MeetingData m : s.meetings()) {
					create(m, saved.id(), organisers.isEmpty() ? null : organisers.get(0));
				}
				if (s.survey() != null) {
					survey(null, saved.id(), s.survey());
				}
			}
			for (MeetingData m : data.meetings()) {
				if (existingMeetings.contains(m.title())) {
					continue;
				}
				Long organiser = m.organiser() == null ? null
						: organisations.findByName(m.organiser()).map(OrganisationRef::id).orElse(null);
				create(m, null, organiser);
			}
		});
		log.info("Demo meetings loaded from {}", resource.getPath());
	}

	private void create(MeetingData m, Long seriesId, Long organiser) {
		MeetingForm form = new MeetingForm();
		form.setSeriesId(seriesId);
		form.setOrganiserId(organiser);
		form.setKind(m.kind());
		form.setTitle(m.title());
		form.setDate(m.date());
		form.setStartTime(m.start());
		form.setEndTime(m.end());
		form.setCoffeeTime(m.coffee());
		form.setPlace(m.place());
		form.setOnlineUrl(m.onlineUrl());
		form.setTheme(m.theme());
		form.setCapacity(m.capacity());
		form.setPerOrganisationLimit(m.perOrganisationLimit());
		form.setPublished(m.published() == null || m.published());
		form.setWaitingList(true);
		Meeting saved = meetings.create(form);
		if (m.agenda() != null) {
			for (AgendaData a : m.agenda()) {
				agenda.add(saved.id(), new AgendaItemForm(a.time(), a.end(), a.title(), a.speaker(), a.organisation()));
			}
		}
		if (m.presentation() != null) {
			Presentation presentation = presentations.create(saved.id(), m.presentation().title());
			if (m.presentation().code() != null) {
				presentations.useCode(presentation.id(), m.presentation().code());
			}
			for (SlideData q : m.presentation().questions()) {
				presentations.addQuestion(presentation.id(), q.kind(), q.question(), q.options());
			}
		}
		if (m.notes() != null) {
			for (NoteData n : m.notes()) {
				MeetingNote note = notes.add(saved.id(), n.body());
				TakeUpData t = n.initiative();
				Long owner = t == null ? null : organisations.findByName(t.owner()).map(OrganisationRef::id).orElse(null);
				if (owner == null) {
					continue; // the organisations register has no such organisation yet
				}
				TakeUpForm takeUp = new TakeUpForm();
				takeUp.setTitle(t.title());
				takeUp.setOwnerOrganisationId(owner);
				takeUp.setMunicipalityId(organisations.findByName(t.municipality()).map(OrganisationRef::id).orElse(null));
				takeUp.setLevel(t.level());
				takeUp.setObstacleTitle(t.obstacle());
				takeUp.setObstacleKind(t.obstacleKind());
				takeUp.setObstacleRemover(t.remover());
				try {
					notes.takeUp(note.id(), takeUp);
				}
				catch (RuntimeException ex) {
					log.warn("Demo initiative '{}' not created: {}", t.title(), ex.getMessage());
				}
			}
		}
		if (m.survey() != null) {
			survey(saved.id(), null, m.survey());
		}
	}

	private void survey(Long meetingId, Long seriesId, SurveyData data) {
		List<QuestionForm> forms = data.questions().stream()
			.map(q -> new QuestionForm(q.kind(), q.text(), Boolean.TRUE.equals(q.required()), q.options(), q.scaleMin(), q.scaleMax(),
					q.minLabel(), q.maxLabel()))
			.toList();
		Survey survey = surveys.publish(surveys.create(meetingId, seriesId, data.title(), data.intro(), forms).id());
		List<Survey.Question> questions = surveys.questions(survey.id());
		int participant = 0;
		for (List<String> response : data.responses()) {
			Map<Long, List<String>> answers = new HashMap<>();
			for (int i = 0; i < response.size() && i < questions.size(); i++) {
				answers.put(questions.get(i).id(), List.of(response.get(i).split("\\s*\\|\\s*")));
			}
			try {
				// one made-up participant per demo response (one response per participant)
				surveys.respond(survey, "demo-participant-" + participant++, answers);
			}
			catch (InvalidInputException ex) {
				log.warn("Demo survey response to '{}' not stored: {}", data.title(), ex.getMessage());
			}
		}
	}

}
