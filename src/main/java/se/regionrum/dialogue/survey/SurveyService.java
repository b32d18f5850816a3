package se.regionrum.dialogue.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.ConflictException;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;

/**
 * Surveys and evaluations of a meeting or a whole series, built question by question.
 * <p>
 * Editors of the meeting (organisers of the series) and administrators build a survey while it is
 * a DRAFT, publish it, close it, or copy it into a new draft; once published its questions are
 * fixed, so that every answer was given to the same questions (a published survey without answers
 * may go back to draft). Anyone with the link ({@code /s/{publicKey}}) answers a published survey
 * of a visible meeting or series, once; an answer is checked whole (required questions, known
 * options, scale range, complete ranking) and saved whole or not at all.
 */
@Service
public class SurveyService {

	static final int MAX_TEXT = 500;

	static final int MAX_OPTION = 200;

	static final int MAX_OPTIONS = 20;

	static final int MAX_LABEL = 100;

	static final int MAX_ANSWER = 2000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SurveyQueries queries;

	private final MeetingService meetings;

	private final SeriesService series;

	private final AuditLog audit;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	SurveyService(SurveyQueries queries, MeetingService meetings, SeriesService series, AuditLog audit,
			MessageSource messages, PlatformTransactionManager transactionManager) {
		this.queries = queries;
		this.meetings = meetings;
		this.series = series;
		this.audit = audit;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	// reading

	/** The survey, without a permission check (callers check, or show nothing of it). */
	public Survey find(long id) {
		return queries.find(id).orElseThrow(() -> new NotFoundException("Survey", id));
	}

	/** The survey, for those who build it and read its results. */
	public Survey forEditor(long id) {
		Survey survey = find(id);
		requireEditor(survey);
		return survey;
	}

	/**
	 * The survey behind an answering link, for participants: only by its public key (ids are
	 * sequential), only once published, and only while its meeting or series is visible to the
	 * caller, so that neither a draft nor the survey of an unpublished meeting is found.
	 */
	public Survey forParticipants(String publicKey) {
		Survey survey = queries.byKey(publicKey)
			.filter(s -> s.status() != SurveyStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("Survey", "key"));
		try {
			if (survey.meetingId() != null) {
				meetings.get(survey.meetingId());
			}
			else {
				series.get(survey.seriesId());
			}
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("Survey", "key");
		}
		return survey;
	}

	/** Whether participants without an account can open the survey now: its meeting or series is public. */
	public boolean isAnswerableAnonymously(Survey survey) {
		Instant now = Instant.now();
		return survey.meetingId() != null
				? meetings.find(survey.meetingId()).map(m -> m.isPublic(now)).orElse(false)
				: series.find(survey.seriesId()).map(s -> s.isPublic(now)).orElse(false);
	}

	/** The surveys of a meeting, for its editors. */
	public List<Survey> ofMeeting(long meetingId) {
		meetings.requireEditable(meetingId);
		return queries.ofMeeting(meetingId);
	}

	/** The surveys of a whole series, for its organisers. */
	public List<Survey> ofSeries(long seriesId) {
		series.requireEditor(seriesId);
		return queries.ofSeries(seriesId);
	}

	public void requireEditor(Survey survey) {
		requireEditorOf(survey.meetingId(), survey.seriesId());
	}

	/** Editors of the meeting, or organisers of the series, that the survey belongs to. */
	private void requireEditorOf(Long meetingId, Long seriesId) {
		if ((meetingId == null) == (seriesId == null)) {
			throw new IllegalArgumentException("A survey belongs to either a meeting or a series");
		}
		if (meetingId != null) {
			meetings.requireEditable(meetingId);
		}
		else {
			series.requireEditor(seriesId);
		}
	}

	public List<Survey.Question> questions(long surveyId) {
		return queries.questions(surveyId);
	}

	public int responses(long surveyId) {
		return queries.responses(surveyId);
	}

	// building

	/** A new draft for a meeting or for a whole series (exactly one of the two), without questions. */
	@Transactional
	public Survey create(Long meetingId, Long seriesId, String title, String intro) {
		return create(meetingId, seriesId, title, intro, List.of());
	}

	/**
	 * A new draft with its questions, all or nothing: a bad question names its number and field
	 * ({@code questions[2].options}) and nothing is stored.
	 */
	@Transactional
	public Survey create(Long meetingId, Long seriesId, String title, String intro, List<QuestionForm> questions) {
		requireEditorOf(meetingId, seriesId);
		String cleanTitle = title(title);
		List<QuestionForm> clean = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			clean.add(check(questions.get(i), "questions[" + i + "]."));
		}
		long id = queries.insert(meetingId, seriesId, cleanTitle, intro(intro), newKey());
		int position = 1;
		for (QuestionForm q : clean) {
			queries.insertQuestion(id, position++, q);
		}
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", cleanTitle);
		values.put("questions", clean.size());
		// which meeting or series the survey evaluates
		values.put(meetingId != null ? "meeting" : "series", meetingId != null ? meetingId : seriesId);
		audit.created("survey", id, values);
		return find(id);
	}

	/** Changes title and introduction; allowed in every state, since the questions stay as they were. */
	@Transactional
	public Survey update(long id, String title, String intro) {
		Survey survey = forEditor(id);
		String cleanTitle = title(title);
		queries.update(id, cleanTitle, intro(intro));
		audit.updated("survey", id, Map.of("title", survey.title()), Map.of("title", cleanTitle));
		return find(id);
	}

	@Transactional
	public Survey.Question addQuestion(long surveyId, QuestionForm form) {
		Survey survey = editableDraft(surveyId);
		QuestionForm q = check(form, "");
		int position = queries.questions(surveyId).stream().mapToInt(Survey.Question::position).max().orElse(0) + 1;
		long id = queries.insertQuestion(survey.id(), position, q);
		audit.updated("survey", surveyId, Map.of(), Map.of("question added", q.text()));
		return queries.question(surveyId, id).orElseThrow();
	}

	@Transactional
	public Survey.Question updateQuestion(long surveyId, long questionId, QuestionForm form) {
		editableDraft(surveyId);
		Survey.Question before = question(surveyId, questionId);
		QuestionForm q = check(form, "");
		queries.updateQuestion(questionId, q);
		audit.updated("survey", surveyId, Map.of("question", before.text()), Map.of("question", q.text()));
		return question(surveyId, questionId);
	}

	@Transactional
	public void deleteQuestion(long surveyId, long questionId) {
		editableDraft(surveyId);
		Survey.Question q = question(surveyId, questionId);
		queries.deleteQuestion(questionId);
		renumber(queries.questions(surveyId).stream().map(Survey.Question::id).toList());
		audit.updated("survey", surveyId, Map.of("question removed", q.text()), Map.of());
	}

	/** Moves a question one place up ({@code -1}) or down ({@code 1}); at either end nothing moves. */
	@Transactional
	public void move(long surveyId, long questionId, int step) {
		editableDraft(surveyId);
		question(surveyId, questionId);
		List<Long> order = new ArrayList<>(queries.questions(surveyId).stream().map(Survey.Question::id).toList());
		int from = order.indexOf(questionId);
		int to = from + Integer.signum(step);
		if (to >= 0 && to < order.size()) {
			order.add(to, order.remove(from));
		}
		renumber(order);
	}

	/** Puts the questions in the given order; the list must hold each question of the survey once. */
	@Transactional
	public List<Survey.Question> reorder(long surveyId, List<Long> questionIds) {
		editableDraft(surveyId);
		List<Long> current = queries.questions(surveyId).stream().map(Survey.Question::id).toList();
		if (questionIds == null || questionIds.size() != current.size() || !new HashSet<>(questionIds).equals(new HashSet<>(current))) {
			throw new InvalidInputException("questionIds", "dialogue.survey.order.invalid");
		}
		renumber(questionIds);
		return queries.questions(surveyId);
	}

	private void renumber(List<Long> order) {
		for (int i = 0; i < order.size(); i++) {
			queries.setPosition(order.get(i), i + 1);
		}
	}

	@Transactional
	public Survey publish(long surveyId) {
		Survey survey = locked(surveyId);
		if (queries.questions(surveyId).isEmpty()) {
			throw new InvalidInputException("questions", "dialogue.survey.publish.noQuestions");
		}
		change(survey, SurveyStatus.DRAFT, SurveyStatus.PUBLISHED);
		return find(surveyId);
	}

	@Transactional
	public Survey close(long surveyId) {
		change(locked(surveyId), SurveyStatus.PUBLISHED, SurveyStatus.CLOSED);
		return find(surveyId);
	}

	@Transactional
	public Survey reopen(long surveyId) {
		change(locked(surveyId), SurveyStatus.CLOSED, SurveyStatus.PUBLISHED);
		return find(surveyId);
	}

	/**
	 * Takes a published survey back to draft to change its questions: only while nobody has
	 * answered, since answers must belong to the questions they were given to.
	 */
	@Transactional
	public Survey backToDraft(long surveyId) {
		Survey survey = locked(surveyId);
		if (queries.responses(surveyId) > 0) {
			throw new ConflictException("dialogue.survey.locked");
		}
		change(survey, SurveyStatus.PUBLISHED, SurveyStatus.DRAFT);
		return find(surveyId);
	}

	/** A new draft of the same meeting or series with the same questions and no answers. */
	@Transactional
	public Survey copy(long surveyId) {
		Survey survey = forEditor(surveyId);
		String title = messages.getMessage("dialogue.survey.copyTitle", new Object[] { survey.title() },
				LocaleContextHolder.getLocale());
		if (title.length() > 300) {
			title = survey.title();
		}
		Survey copy = create(survey.meetingId(), survey.seriesId(), title, survey.intro(),
				queries.questions(surveyId).stream().map(QuestionForm::of).toList());
		audit.updated("survey", copy.id(), Map.of(), Map.of("copied from", surveyId));
		return copy;
	}

	/** Deletes a draft; a survey that has been published keeps its record (close it instead). */
	@Transactional
	public void deleteDraft(long surveyId) {
		Survey survey = locked(surveyId);
		if (!survey.draft()) {
			throw new ConflictException("dialogue.survey.notDraft");
		}
		queries.delete(surveyId);
		audit.deleted("survey", surveyId, Map.of("title", survey.title()));
	}

	private void change(Survey survey, SurveyStatus from, SurveyStatus to) {
		if (survey.status() != from || !queries.setStatus(survey.id(), from, to)) {
			throw new ConflictException("dialogue.survey.status." + from.name().toLowerCase(Locale.ROOT) + "Only");
		}
		audit.updated("survey", survey.id(), Map.of("status", from.name()), Map.of("status", to.name()));
	}

	/** The survey, for its editor, with its row locked for the rest of the transaction. */
	private Survey locked(long surveyId) {
		forEditor(surveyId);
		queries.lock(surveyId);
		return find(surveyId);
	}

	private Survey editableDraft(long surveyId) {
		Survey survey = locked(surveyId);
		if (!survey.draft()) {
			throw new ConflictException(queries.responses(surveyId) > 0 ? "dialogue.survey.locked" : "dialogue.survey.notDraft");
		}
		return survey;
	}

	private Survey.Question question(long surveyId, long questionId) {
		return queries.question(surveyId, questionId).orElseThrow(() -> new NotFoundException("Survey question", questionId));
	}

	private static String title(String title) {
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("title", "dialogue.survey.titleRequired");
		}
		if (title.strip().length() > 300) {
			throw new InvalidInputException("title", "dialogue.survey.titleTooLong");
		}
		return title.strip();
	}

	private static String intro(String intro) {
		if (intro == null || intro.isBlank()) {
			return null;
		}
		if (intro.strip().length() > 4000) {
			throw new InvalidInputException("intro", "dialogue.survey.introTooLong");
		}
		return intro.strip();
	}

	/**
	 * A question made clean: text required, options for choice and ranking (two to twenty,
	 * distinct), a scale from 0 or 1 up to at most 10 (1–5 when not given). {@code prefix} names
	 * the question in a list ({@code questions[2].}).
	 */
	static QuestionForm check(QuestionForm q, String prefix) {
		if (q == null || q.kind() == null) {
			throw new InvalidInputException(prefix + "kind", "dialogue.survey.question.kindRequired");
		}
		if (q.text() == null || q.text().isBlank()) {
			throw new InvalidInputException(prefix + "text", "dialogue.survey.question.textRequired");
		}
		String text = q.text().strip();
		if (text.length() > MAX_TEXT) {
			throw new InvalidInputException(prefix + "text", "dialogue.survey.question.textTooLong");
		}
		List<String> options = List.of();
		if (q.kind().hasOptions()) {
			options = q.options().stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
			if (options.size() < 2) {
				throw new InvalidInputException(prefix + "options", "dialogue.survey.question.optionsRequired");
			}
			if (options.size() > MAX_OPTIONS) {
				throw new InvalidInputException(prefix + "options", "dialogue.survey.question.tooManyOptions");
			}
			if (options.stream().anyMatch(o -> o.length() > MAX_OPTION)) {
				throw new InvalidInputException(prefix + "options", "dialogue.survey.question.optionTooLong");
			}
			Set<String> seen = new HashSet<>();
			if (!options.stream().map(o -> o.toLowerCase(Locale.ROOT)).allMatch(seen::add)) {
				throw new InvalidInputException(prefix + "options", "dialogue.survey.question.optionsDistinct");
			}
		}
		Integer min = null;
		Integer max = null;
		String minLabel = null;
		String maxLabel = null;
		if (q.kind() == QuestionKind.SCALE) {
			min = q.scaleMin() == null ? 1 : q.scaleMin();
			max = q.scaleMax() == null ? 5 : q.scaleMax();
			if (min != 0 && min != 1) {
				throw new InvalidInputException(prefix + "scaleMin", "dialogue.survey.question.scaleMin");
			}
			if (max < min + 2 || max > 10) {
				throw new InvalidInputException(prefix + "scaleMax", "dialogue.survey.question.scaleMax");
			}
			minLabel = label(q.minLabel(), prefix + "minLabel");
			maxLabel = label(q.maxLabel(), prefix + "maxLabel");
		}
		return new QuestionForm(q.kind(), text, q.required(), options, min, max, minLabel, maxLabel);
	}

	private static String label(String label, String field) {
		if (label == null || label.isBlank()) {
			return null;
		}
		if (label.strip().length() > MAX_LABEL) {
			throw new InvalidInputException(field, "dialogue.survey.question.labelTooLong");
		}
		return label.strip();
	}

	// answering

	public enum Response {
		SAVED, ALREADY_ANSWERED, CLOSED
	}

	/**
	 * One response per participant, checked whole before anything is stored: answers by question
	 * id (one value, several for multiple choice, the options in order for a ranking). A required
	 * question left out, a value that is not one of the options or outside the scale, a ranking
	 * that does not place every option once, or a response without any answer is refused with a
	 * message naming the question; a second response of the same participant stores nothing.
	 *
	 * @param device the participant's device id ({@code Participants})
	 */
	public Response respond(Survey survey, String device, Map<Long, List<String>> answers) {
		if (!survey.open()) {
			return Response.CLOSED;
		}
		List<Survey.Question> questions = queries.questions(survey.id());
		Map<Survey.Question, List<String>> checked = check(questions, answers);
		try {
			// in a transaction of its own, so that a duplicate rolls back the whole response
			transactions.executeWithoutResult(status -> store(survey.id(), participant(survey, device), checked));
			return Response.SAVED;
		}
		catch (DuplicateKeyException ex) {
			return Response.ALREADY_ANSWERED;
		}
	}

	/** Checks a response as {@link #respond} does, without storing it: the organiser's preview. */
	public void checkAnswers(long surveyId, Map<Long, List<String>> answers) {
		forEditor(surveyId);
		check(queries.questions(surveyId), answers);
	}

	/** The answers that count, by question, in the survey's order; throws for the first problem. */
	static Map<Survey.Question, List<String>> check(List<Survey.Question> questions, Map<Long, List<String>> answers) {
		boolean anything = questions.stream()
			.anyMatch(q -> answers.getOrDefault(q.id(), List.of()).stream().anyMatch(v -> v != null && !v.isBlank()));
		if (!anything) {
			throw new InvalidInputException("answers", "dialogue.survey.answer.empty");
		}
		Map<Survey.Question, List<String>> checked = new LinkedHashMap<>();
		for (Survey.Question q : questions) {
			List<String> values = answers.getOrDefault(q.id(), List.of()).stream()
				.map(v -> v == null ? "" : v.strip())
				.toList();
			String field = "q" + q.id();
			boolean given = values.stream().anyMatch(v -> !v.isEmpty());
			if (!given) {
				if (q.required()) {
					throw new SurveyInputException(field, "dialogue.survey.answer.required", q.text());
				}
				continue;
			}
			List<String> kept = switch (q.kind()) {
				case FREE_TEXT -> {
					String text = String.join(" ", values.stream().filter(v -> !v.isEmpty()).toList());
					if (text.length() > MAX_ANSWER) {
						throw new SurveyInputException(field, "dialogue.survey.answer.tooLong", q.text(), MAX_ANSWER);
					}
					yield List.of(text);
				}
				case SCALE -> {
					List<String> one = values.stream().filter(v -> !v.isEmpty()).toList();
					if (one.size() != 1 || !one.get(0).matches("\\d{1,2}") || !q.scaleSteps().contains(Integer.parseInt(one.get(0)))) {
						throw new SurveyInputException(field, "dialogue.survey.answer.scale", q.text(), q.scaleMin(), q.scaleMax());
					}
					yield one;
				}
				case SINGLE_CHOICE, YES_NO -> {
					List<String> one = values.stream().filter(v -> !v.isEmpty()).toList();
					if (one.size() != 1 || !q.optionList().contains(one.get(0))) {
						throw new SurveyInputException(field, "dialogue.survey.answer.option", q.text());
					}
					yield one;
				}
				case MULTIPLE_CHOICE -> {
					List<String> chosen = values.stream().filter(v -> !v.isEmpty()).distinct().toList();
					if (!q.optionList().containsAll(chosen)) {
						throw new SurveyInputException(field, "dialogue.survey.answer.option", q.text());
					}
					// in the order of the options, whatever order they came in
					yield q.optionList().stream().filter(chosen::contains).toList();
				}
				case RANKING -> {
					List<String> options = q.optionList();
					if (values.size() != options.size() || values.stream().anyMatch(String::isEmpty)
							|| new HashSet<>(values).size() != values.size() || !options.containsAll(values)) {
						throw new SurveyInputException(field, "dialogue.survey.answer.ranking", q.text(), options.size());
					}
					yield values;
				}
			};
			checked.put(q, kept);
		}
		return checked;
	}

	public boolean hasResponded(Survey survey, String device) {
		return queries.hasResponded(survey.id(), participant(survey, device));
	}

	/**
	 * What a response stores about its participant: a hash of the device id and the survey, enough to
	 * tell a second response, but not linkable to the participant's poll answers or other surveys.
	 */
	static String participant(Survey survey, String device) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(("survey:" + survey.id() + ":" + device).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void store(long surveyId, String participant, Map<Survey.Question, List<String>> answers) {
		long responseId = queries.insertResponse(surveyId, participant);
		answers.forEach((q, values) -> {
			for (int i = 0; i < values.size(); i++) {
				String value = values.get(i);
				queries.insertAnswer(responseId, q.id(), value, normalise(value),
						q.kind() == QuestionKind.RANKING ? i + 1 : null);
			}
		});
	}

	/** 16 random bytes, URL-safe Base64 without padding: 22 characters, as V36 gave older surveys. */
	private static String newKey() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String normalise(String text) {
		return text.strip().replaceAll("\\s+", " ").replaceAll("[.!]+$", "").toLowerCase(Locale.ROOT);
	}

	// results

	public List<Survey.QuestionResult> results(long surveyId) {
		forEditor(surveyId);
		return resultsWithoutCheck(surveyId);
	}

	/** The results, for callers that made their own permission check. */
	public List<Survey.QuestionResult> resultsWithoutCheck(long surveyId) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> yesNo = Map.of(Survey.YES, messages.getMessage("dialogue.survey.yes", null, locale),
				Survey.NO, messages.getMessage("dialogue.survey.no", null, locale));
		return queries.questions(surveyId).stream()
			.map(q -> SurveyResults.of(q, queries.answers(q.id()), v -> Objects.requireNonNullElse(yesNo.get(v), v)))
			.toList();
	}

}
