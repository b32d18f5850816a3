package se.regionrum.dialogue.presentation;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;

/**
 * Live presentations. Editors of the meeting (its organiser's or series' editors, admins) create
 * presentations, add questions and present them: move between questions, lock a question, hide its
 * results, moderate answers and Q&A. Anyone with the join code answers the question shown now,
 * once per participant (the device id of {@code Participants}), while it is not locked.
 */
@Service
public class PresentationService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int WORD_MAX = 80;

	private static final int TEXT_MAX = 500;

	private final PresentationQueries queries;

	private final MeetingService meetings;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	PresentationService(PresentationQueries queries, MeetingService meetings, AuditLog audit,
			ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.queries = queries;
		this.meetings = meetings;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
	}

	/** What a participant's answer came to; every value but SAVED leaves nothing stored. */
	public enum AnswerResult {
		SAVED, ALREADY_ANSWERED, NOT_CURRENT, LOCKED, INVALID, ONE_ONLY
	}

	/** The presentation with the question shown now ({@code null} while it has no questions). */
	public record Live(Presentation presentation, Question question) {
	}

	// presenters

	public List<Presentation> ofMeeting(long meetingId) {
		meetings.requireEditable(meetingId);
		return queries.ofMeeting(meetingId);
	}

	public Presentation get(long id) {
		Presentation presentation = queries.find(id).orElseThrow(() -> new NotFoundException("Presentation", id));
		meetings.requireEditable(presentation.meetingId());
		return presentation;
	}

	public Meeting meetingOf(Presentation presentation) {
		return meetings.get(presentation.meetingId());
	}

	public List<Question> questions(long presentationId) {
		get(presentationId);
		return queries.questions(presentationId);
	}

	/** The presentation an old poll (before V36) became, for its old links. */
	public Optional<Long> fromPoll(long pollId) {
		return queries.byLegacyPoll(pollId);
	}

	@Transactional
	public Presentation create(long meetingId, String title) {
		meetings.requireEditable(meetingId);
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("title", "dialogue.presentation.titleRequired");
		}
		if (title.strip().length() > 300) {
			throw new InvalidInputException("title", "dialogue.presentation.titleTooLong");
		}
		long id = queries.insert(meetingId, title.strip(), newCode());
		audit.created("presentation", id, Map.of("meetingId", meetingId, "title", title.strip()));
		return queries.find(id).orElseThrow();
	}

	/** A question to add with a new presentation. */
	public record NewQuestion(QuestionKind kind, String question, String options) {
	}

	/** A presentation with its questions, all or nothing (a refused question leaves no presentation). */
	@Transactional
	public Presentation createWithQuestions(long meetingId, String title, List<NewQuestion> questions) {
		Presentation presentation = create(meetingId, title);
		for (NewQuestion q : questions) {
			addQuestion(presentation.id(), q.kind(), q.question(), q.options());
		}
		return queries.find(presentation.id()).orElseThrow();
	}

	@Transactional
	public Question addQuestion(long presentationId, QuestionKind kind, String text, String options) {
		get(presentationId);
		if (kind == null) {
			throw new InvalidInputException("kind", "dialogue.presentation.kindRequired");
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("question", "dialogue.presentation.questionRequired");
		}
		if (text.strip().length() > TEXT_MAX) {
			throw new InvalidInputException("question", "dialogue.presentation.questionTooLong");
		}
		String cleanOptions = null;
		if (kind.hasOptions()) {
			List<String> list = options == null ? List.of()
					: options.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
			if (list.size() < 2) {
				throw new InvalidInputException("options", "dialogue.presentation.optionsRequired");
			}
			if (list.size() > 20) {
				throw new InvalidInputException("options", "dialogue.presentation.optionsTooMany");
			}
			cleanOptions = String.join("\n", list);
		}
		long id = queries.insertQuestion(presentationId, kind, text.strip(), cleanOptions);
		audit.created("presentation_question", id, Map.of("presentationId", presentationId, "kind", kind, "question", text.strip()));
		// a presentation that had no question now shows its first one
		queries.bumpVersion(presentationId);
		events.publishEvent(new PresentationChanged(presentationId, true));
		return queries.question(id).orElseThrow();
	}

	/** Uses the given join code if no other presentation has it (the demo's "1724 1676"). */
	@Transactional
	public Presentation useCode(long presentationId, String code) {
		get(presentationId);
		String digits = digits(code);
		if (digits.matches("\\d{8}") && queries.byCode(digits).isEmpty()) {
			queries.setCode(presentationId, digits);
		}
		return queries.find(presentationId).orElseThrow();
	}

	/** Shows the question at this position (counted from 0); the phones follow. */
	@Transactional
	public Presentation move(long presentationId, int position) {
		Presentation presentation = get(presentationId);
		int count = queries.questions(presentationId).size();
		if (position < 0 || position >= Math.max(count, 1)) {
			throw new InvalidInputException("position", "dialogue.presentation.noSuchPosition");
		}
		if (position != presentation.position()) {
			queries.setPosition(presentationId, position);
			audit.event("presentation", presentationId, AuditAction.UPDATE, "dialogue.presentation.audit.moved", position + 1);
			events.publishEvent(new PresentationChanged(presentationId, true));
		}
		return queries.find(presentationId).orElseThrow();
	}

	/** One step forward (+1) or back (-1); stays put at either end. */
	@Transactional
	public Presentation step(long presentationId, int delta) {
		Presentation presentation = get(presentationId);
		int count = queries.questions(presentationId).size();
		int target = Math.max(0, Math.min(count - 1, presentation.position() + delta));
		return count == 0 ? presentation : move(presentationId, target);
	}

	@Transactional
	public void setLocked(long presentationId, long questionId, boolean locked) {
		questionOf(presentationId, questionId);
		queries.setLocked(questionId, locked);
		queries.bumpVersion(presentationId);
		audit.event("presentation_question", questionId, AuditAction.UPDATE,
				locked ? "dialogue.presentation.audit.locked" : "dialogue.presentation.audit.unlocked");
		events.publishEvent(new PresentationChanged(presentationId, true));
	}

	@Transactional
	public void setHidden(long presentationId, long questionId, boolean hidden) {
		questionOf(presentationId, questionId);
		queries.setHidden(questionId, hidden);
		queries.bumpVersion(presentationId);
		events.publishEvent(new PresentationChanged(presentationId, true));
	}

	/** Shows or hides the results of the question shown now (key {@code h} on the big screen). */
	@Transactional
	public void toggleHidden(long presentationId) {
		Live live = live(get(presentationId));
		if (live.question() != null) {
			setHidden(presentationId, live.question().id(), !live.question().resultsHidden());
		}
	}

	/** Removes a text answer: for a word cloud every answer that normalises to the word, else the one answer. */
	@Transactional
	public int moderate(long presentationId, long questionId, String key) {
		Question question = questionOf(presentationId, questionId);
		if (!question.kind().isText() || key == null) {
			throw new InvalidInputException("key", "dialogue.presentation.nothingToRemove");
		}
		int removed = 0;
		for (PresentationQueries.StoredAnswer answer : queries.answers(questionId)) {
			boolean match = question.kind() == QuestionKind.WORD_CLOUD ? normalise(answer.answer()).equals(key)
					: String.valueOf(answer.id()).equals(key);
			if (match) {
				queries.removeAnswer(questionId, answer.id());
				removed++;
			}
		}
		audit.event("presentation_question", questionId, AuditAction.DELETE, "dialogue.presentation.audit.moderated");
		events.publishEvent(new PresentationChanged(presentationId, false));
		return removed;
	}

	/** Marks a Q&A entry answered, hides it (moderation) or shows it again. */
	@Transactional
	public void setQaStatus(long presentationId, long questionId, long qaId, String status) {
		Question question = questionOf(presentationId, questionId);
		if (question.kind() != QuestionKind.QA || !List.of("VISIBLE", "ANSWERED", "HIDDEN").contains(status)) {
			throw new InvalidInputException("status", "dialogue.presentation.qaStatus");
		}
		queries.setQaStatus(questionId, qaId, status);
		queries.bumpVersion(presentationId);
		audit.event("presentation_qa", qaId, AuditAction.UPDATE, "dialogue.presentation.audit.qa." + status);
		events.publishEvent(new PresentationChanged(presentationId, true));
	}

	/** Results of one of the presentation's questions (presenters). */
	public Results results(long presentationId, long questionId) {
		return resultsOf(questionOf(presentationId, questionId));
	}

	private Question questionOf(long presentationId, long questionId) {
		get(presentationId);
		Question question = queries.question(questionId).orElseThrow(() -> new NotFoundException("Question", questionId));
		if (question.presentationId() != presentationId) {
			throw new NotFoundException("Question", questionId);
		}
		return question;
	}

	// participants (no sign-in: the join code is the key)

	/** The presentation with this join code; spaces in the code are ignored ("1724 1676"). */
	public Optional<Presentation> byCode(String code) {
		String digits = digits(code);
		return digits.matches("\\d{8}") ? queries.byCode(digits) : Optional.empty();
	}

	/** Now-state for phones and screens: no permission check, the caller holds the code or is the presenter. */
	Live live(long presentationId) {
		return live(queries.find(presentationId).orElseThrow(() -> new NotFoundException("Presentation", presentationId)));
	}

	public Live live(Presentation presentation) {
		return new Live(presentation, queries.questionAt(presentation.id(), presentation.position()).orElse(null));
	}

	/** For other servers' changes: see {@link PresentationQueries#changeStamps}. */
	Map<Long, PresentationQueries.ChangeStamp> changeStamps(Collection<Long> presentationIds) {
		return queries.changeStamps(presentationIds);
	}

	public boolean hasAnswered(long questionId, String device) {
		return queries.hasAnswered(questionId, device);
	}

	/**
	 * Stores one answer to the question shown now. A phone that still shows a question the presenter
	 * has left gets NOT_CURRENT; the unique index decides between two answers from one participant.
	 */
	public AnswerResult answer(Presentation presentation, long questionId, String device, List<String> values) {
		Live live = live(presentation.id());
		Question question = live.question();
		if (question == null || question.id() != questionId || question.kind() == QuestionKind.QA) {
			return AnswerResult.NOT_CURRENT;
		}
		if (question.locked()) {
			return AnswerResult.LOCKED;
		}
		List<String> clean = values == null ? List.of()
				: values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
		if (question.kind().isText() ? clean.size() > 1
				: !question.kind().takesMany() && clean.stream().mapToInt(v -> v.split(",", -1).length).sum() > 1) {
			return AnswerResult.ONE_ONLY;
		}
		String answer = canonical(question, clean);
		if (answer == null) {
			return AnswerResult.INVALID;
		}
		try {
			queries.insertAnswer(question.id(), device, answer, normalise(answer));
		}
		catch (DuplicateKeyException ex) {
			return AnswerResult.ALREADY_ANSWERED;
		}
		events.publishEvent(new PresentationChanged(presentation.id(), false));
		return AnswerResult.SAVED;
	}

	/** A participant sends a question to the Q&A shown now; false if it is not shown, locked or empty. */
	public boolean ask(Presentation presentation, long questionId, String device, String body) {
		Question question = live(presentation.id()).question();
		if (question == null || question.id() != questionId || question.kind() != QuestionKind.QA || question.locked()
				|| body == null || body.isBlank() || body.strip().length() > TEXT_MAX) {
			return false;
		}
		transactions.executeWithoutResult(status -> {
			queries.insertQa(questionId, device, body.strip().replaceAll("\\s+", " "));
			queries.bumpVersion(presentation.id());
		});
		events.publishEvent(new PresentationChanged(presentation.id(), true));
		return true;
	}

	/** One upvote per participant and entry; false if already voted or the entry is not in the Q&A shown now. */
	public boolean vote(Presentation presentation, long qaId, String device) {
		Question question = live(presentation.id()).question();
		Optional<Long> of = queries.qaQuestion(qaId);
		if (question == null || of.isEmpty() || of.get() != question.id() || question.locked()) {
			return false;
		}
		try {
			transactions.executeWithoutResult(status -> {
				queries.vote(qaId, device);
				queries.bumpVersion(presentation.id());
			});
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		events.publishEvent(new PresentationChanged(presentation.id(), true));
		return true;
	}

	public List<QaEntry> qa(long questionId) {
		return queries.qa(questionId);
	}

	// rules

	/**
	 * Word-cloud answers count as one word regardless of letter case, repeated or surrounding
	 * spaces and trailing punctuation: "Glesbygd." and " glesbygd" are "glesbygd".
	 */
	static String normalise(String text) {
		return text.strip()
			.replaceAll("\\s+", " ")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\p{P}\\p{S}\\s]+$", "");
	}

	private static String digits(String code) {
		return code == null ? "" : code.replaceAll("\\s", "");
	}

	/** The answer as stored, or {@code null} if it is not valid; one value unless the kind takes many. */
	private static String canonical(Question question, List<String> clean) {
		if (clean.isEmpty()) {
			return null;
		}
		List<String> options = question.optionList();
		switch (question.kind()) {
			case WORD_CLOUD -> {
				String text = clean.get(0).replaceAll("\\s+", " ");
				return text.length() > WORD_MAX || normalise(text).isEmpty() ? null : text;
			}
			case OPEN_TEXT -> {
				String text = clean.get(0).replaceAll("\\s+", " ");
				return text.length() > TEXT_MAX ? null : text;
			}
			case SCALE -> {
				return clean.get(0).matches("[1-5]") ? clean.get(0) : null;
			}
			case SINGLE_CHOICE -> {
				return index(clean.get(0), options) != null ? clean.get(0) : null;
			}
			case MULTIPLE_CHOICE, RANKING -> {
				// one value per option, or the options comma-separated in one value (as they are stored)
				List<String> distinct = clean.stream()
					.flatMap(v -> Arrays.stream(v.split(",", -1)))
					.map(String::strip)
					.distinct()
					.toList();
				return distinct.stream().anyMatch(v -> index(v, options) == null) ? null : String.join(",", distinct);
			}
			default -> {
				return null;
			}
		}
	}

	private static Integer index(String value, List<String> options) {
		if (!value.matches("\\d{1,3}")) {
			return null;
		}
		int i = Integer.parseInt(value);
		return i >= 0 && i < options.size() ? i : null;
	}

	/** Results of a question; the database groups equal answers, so this reads few rows. */
	Results resultsOf(Question question) {
		long id = question.id();
		List<Results.Row> rows = new ArrayList<>();
		List<String> options = question.optionList();
		if (question.kind() == QuestionKind.QA) {
			List<QaEntry> entries = queries.qa(id);
			for (QaEntry e : entries) {
				rows.add(new Results.Row(String.valueOf(e.id()), e.body(), e.votes(), 0));
			}
			return new Results(question, entries.size(), rows, null, entries);
		}
		if (question.kind() == QuestionKind.OPEN_TEXT) {
			List<PresentationQueries.StoredAnswer> answers = queries.answers(id);
			for (PresentationQueries.StoredAnswer a : answers) {
				rows.add(new Results.Row(String.valueOf(a.id()), a.answer(), 1, 0));
			}
			return new Results(question, answers.size(), rows, null, List.of());
		}
		List<PresentationQueries.TextCount> counts = queries.answerCounts(id);
		int total = counts.stream().mapToInt(PresentationQueries.TextCount::count).sum();
		Double mean = null;
		switch (question.kind()) {
			case WORD_CLOUD -> {
				Map<String, Integer> words = new LinkedHashMap<>();
				for (PresentationQueries.TextCount c : counts) {
					words.merge(normalise(c.answer()), c.count(), Integer::sum);
				}
				words.entrySet().stream()
					.sorted((x, y) -> !x.getValue().equals(y.getValue()) ? y.getValue() - x.getValue()
							: x.getKey().compareTo(y.getKey()))
					.forEach(e -> rows.add(new Results.Row(e.getKey(), e.getKey(), e.getValue(), percent(e.getValue(), total))));
			}
			case SCALE -> {
				int[] steps = new int[6];
				int sum = 0;
				for (PresentationQueries.TextCount c : counts) {
					int v = Integer.parseInt(c.answer());
					steps[v] += c.count();
					sum += v * c.count();
				}
				for (int v = 1; v <= 5; v++) {
					rows.add(new Results.Row(String.valueOf(v), String.valueOf(v), steps[v], percent(steps[v], total)));
				}
				mean = total == 0 ? null : Math.round(10.0 * sum / total) / 10.0;
			}
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				int[] chosen = new int[options.size()];
				for (PresentationQueries.TextCount c : counts) {
					for (String v : c.answer().split(",")) {
						chosen[Integer.parseInt(v)] += c.count();
					}
				}
				for (int i = 0; i < options.size(); i++) {
					rows.add(new Results.Row(String.valueOf(i), options.get(i), chosen[i], percent(chosen[i], total)));
				}
			}
			case RANKING -> {
				// Borda count: first place gets as many points as there are options, last place one
				int[] points = new int[options.size()];
				for (PresentationQueries.TextCount c : counts) {
					String[] order = c.answer().split(",");
					for (int place = 0; place < order.length; place++) {
						points[Integer.parseInt(order[place])] += (options.size() - place) * c.count();
					}
				}
				int max = Arrays.stream(points).max().orElse(0);
				List<Results.Row> unsorted = new ArrayList<>();
				for (int i = 0; i < options.size(); i++) {
					unsorted.add(new Results.Row(String.valueOf(i), options.get(i), points[i], max == 0 ? 0 : 100 * points[i] / max));
				}
				unsorted.sort((x, y) -> y.count() - x.count());
				rows.addAll(unsorted);
			}
			default -> {
			}
		}
		return new Results(question, total, rows, mean, List.of());
	}

	private static int percent(int count, int total) {
		return total == 0 ? 0 : Math.round(100f * count / total);
	}

	private String newCode() {
		for (int attempt = 0; attempt < 20; attempt++) {
			String code = String.format("%08d", RANDOM.nextInt(100_000_000));
			if (code.charAt(0) != '0' && queries.byCode(code).isEmpty()) {
				return code;
			}
		}
		throw new IllegalStateException("No free join code");
	}

}
