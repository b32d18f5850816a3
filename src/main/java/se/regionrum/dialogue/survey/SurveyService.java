package se.regionrum.dialogue.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;

/**
 * Surveys: editors of the meeting (or series) create them and read the results; anyone with the
 * link ({@code /s/{publicKey}}) answers an open survey of a published meeting or series, once. Free-text answers are grouped (ignoring case and spaces) and
 * ranked by how often they occur.
 */
@Service
public class SurveyService {

	private static final String SELECT = "select id, meeting_id, series_id, title, intro, open, public_key from survey";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final MeetingService meetings;

	private final SeriesService series;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	SurveyService(JdbcClient jdbc, MeetingService meetings, SeriesService series, AuditLog audit,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.series = series;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	public Survey find(long id) {
		return jdbc.sql(SELECT + " where id = ?")
			.param(id)
			.query(SurveyService::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("Survey", id));
	}

	/**
	 * The survey behind an answering link, for participants: only by its public key (ids are
	 * sequential), and only while its meeting or series is visible to the caller, so the survey of
	 * an unpublished meeting is not found by anonymous visitors.
	 */
	public Survey forParticipants(String publicKey) {
		Survey survey = jdbc.sql(SELECT + " where public_key = ?")
			.param(publicKey)
			.query(SurveyService::map)
			.optional()
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
		java.time.Instant now = java.time.Instant.now();
		return survey.meetingId() != null
				? meetings.find(survey.meetingId()).map(m -> m.isPublic(now)).orElse(false)
				: series.find(survey.seriesId()).map(s -> s.isPublic(now)).orElse(false);
	}

	/** The surveys of a meeting, for its editors. */
	public List<Survey> ofMeeting(long meetingId) {
		meetings.requireEditable(meetingId);
		return jdbc.sql(SELECT + " where meeting_id = ? order by id").param(meetingId).query(SurveyService::map).list();
	}

	/** The surveys of a whole series, for its organisers. */
	public List<Survey> ofSeries(long seriesId) {
		series.requireEditor(seriesId);
		return jdbc.sql(SELECT + " where series_id = ? order by id").param(seriesId).query(SurveyService::map).list();
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

	private static Survey map(ResultSet rs, int row) throws SQLException {
		return new Survey(rs.getLong("id"), rs.getObject("meeting_id", Long.class), rs.getObject("series_id", Long.class),
				rs.getString("title"), rs.getString("intro"), rs.getBoolean("open"), rs.getString("public_key"));
	}

	public List<Survey.Question> questions(long surveyId) {
		return jdbc.sql("select id, position, kind, text, options from survey_question where survey_id = ? order by position, id")
			.param(surveyId)
			.query((rs, n) -> new Survey.Question(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/**
	 * Creates a survey for a meeting or for a whole series (exactly one of the two). Questions are
	 * given one a line as "TEXT: question", "SCALE: question" or "CHOICE: question | option 1 |
	 * option 2".
	 */
	@Transactional
	public Survey create(Long meetingId, Long seriesId, String title, String intro, String questionLines) {
		requireEditorOf(meetingId, seriesId);
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("title", "dialogue.validation.title");
		}
		List<String[]> parsed = new ArrayList<>();
		for (String line : questionLines == null ? new String[0] : questionLines.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(':');
			String kind = colon < 0 ? "TEXT" : line.substring(0, colon).strip().toUpperCase(Locale.ROOT);
			String rest = colon < 0 ? line : line.substring(colon + 1);
			if (!List.of("TEXT", "CHOICE", "SCALE").contains(kind)) {
				kind = "TEXT";
				rest = line;
			}
			String[] parts = rest.split("\\|");
			String options = kind.equals("CHOICE") && parts.length > 2
					? String.join("\n", java.util.Arrays.stream(parts, 1, parts.length).map(String::strip).toList()) : null;
			if (kind.equals("CHOICE") && options == null) {
				throw new InvalidInputException("questions", "dialogue.survey.choiceNeedsOptions");
			}
			parsed.add(new String[] { kind, parts[0].strip(), options });
		}
		if (parsed.isEmpty()) {
			throw new InvalidInputException("questions", "dialogue.survey.questionsRequired");
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into survey (meeting_id, series_id, title, intro, open, created_at, public_key)
				values (?, ?, ?, ?, true, ?, ?)""")
			.params(meetingId, seriesId, title.strip(), intro == null || intro.isBlank() ? null : intro.strip(),
					OffsetDateTime.now(ZoneOffset.UTC), newKey())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		int position = 1;
		for (String[] q : parsed) {
			jdbc.sql("insert into survey_question (survey_id, position, kind, text, options) values (?, ?, ?, ?, ?)")
				.params(id, position++, q[0], q[1], q[2])
				.update();
		}
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("title", title.strip());
		values.put("questions", parsed.size());
		// which meeting or series the survey evaluates
		values.put(meetingId != null ? "meeting" : "series", meetingId != null ? meetingId : seriesId);
		audit.created("survey", id, values);
		return find(id);
	}

	public enum Response {
		SAVED, ALREADY_ANSWERED, CLOSED
	}

	/**
	 * One response per participant: answers by question id. Unknown options and scale values
	 * outside 1–5 are dropped. A second response of the same participant stores nothing.
	 *
	 * @param device the participant's device id ({@code Participants})
	 */
	public Response respond(Survey survey, String device, Map<Long, String> answers) {
		if (!survey.open()) {
			return Response.CLOSED;
		}
		try {
			// in a transaction of its own, so that a duplicate rolls back the whole response
			transactions.executeWithoutResult(status -> store(survey.id(), participant(survey, device), answers));
			return Response.SAVED;
		}
		catch (DuplicateKeyException ex) {
			return Response.ALREADY_ANSWERED;
		}
	}

	public boolean hasResponded(Survey survey, String device) {
		return jdbc.sql("select count(*) from survey_response where survey_id = ? and participant = ?")
			.params(survey.id(), participant(survey, device))
			.query(Integer.class)
			.single() > 0;
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

	private void store(long surveyId, String participant, Map<Long, String> answers) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into survey_response (survey_id, participant, created_at) values (?, ?, ?)")
			.params(surveyId, participant, OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		long responseId = keys.getKey().longValue();
		for (Survey.Question q : questions(surveyId)) {
			String value = answers.get(q.id());
			if (value == null || value.isBlank()) {
				continue;
			}
			value = value.strip();
			if (value.length() > 2000) {
				value = value.substring(0, 2000);
			}
			if (q.kind().equals("SCALE") && !value.matches("[1-5]")) {
				continue;
			}
			if (q.kind().equals("CHOICE") && !q.optionList().contains(value)) {
				continue;
			}
			jdbc.sql("insert into survey_answer (response_id, question_id, answer_text, normalised) values (?, ?, ?, ?)")
				.params(responseId, q.id(), value, normalise(value))
				.update();
		}
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

	public int responses(long surveyId) {
		return jdbc.sql("select count(*) from survey_response where survey_id = ?").param(surveyId).query(Integer.class).single();
	}

	public List<Survey.QuestionResult> results(long surveyId) {
		requireEditor(find(surveyId));
		return resultsWithoutCheck(surveyId);
	}

	/** The results, answers ranked by frequency, for callers that made their own permission check. */
	public List<Survey.QuestionResult> resultsWithoutCheck(long surveyId) {
		List<Survey.QuestionResult> results = new ArrayList<>();
		for (Survey.Question q : questions(surveyId)) {
			List<String> values = jdbc.sql("select answer_text from survey_answer where question_id = ?")
				.param(q.id())
				.query(String.class)
				.list();
			int total = values.size();
			List<Survey.Row> rows = new ArrayList<>();
			Double mean = null;
			switch (q.kind()) {
				case "SCALE" -> {
					int[] counts = new int[6];
					int sum = 0;
					for (String v : values) {
						counts[Integer.parseInt(v)]++;
						sum += Integer.parseInt(v);
					}
					for (int i = 1; i <= 5; i++) {
						rows.add(new Survey.Row(String.valueOf(i), counts[i], percent(counts[i], total)));
					}
					mean = total == 0 ? null : Math.round(10.0 * sum / total) / 10.0;
				}
				case "CHOICE" -> {
					for (String option : q.optionList()) {
						int c = (int) values.stream().filter(option::equals).count();
						rows.add(new Survey.Row(option, c, percent(c, total)));
					}
				}
				default -> {
					// free text: group equal answers, rank by how often they occur
					Map<String, Integer> counts = new LinkedHashMap<>();
					Map<String, String> firstSpelling = new LinkedHashMap<>();
					for (String v : values) {
						String key = normalise(v);
						counts.merge(key, 1, Integer::sum);
						firstSpelling.putIfAbsent(key, v.strip());
					}
					counts.entrySet().stream()
						.sorted((a, b) -> !a.getValue().equals(b.getValue()) ? b.getValue() - a.getValue()
								: a.getKey().compareTo(b.getKey()))
						.forEach(e -> rows.add(new Survey.Row(firstSpelling.get(e.getKey()), e.getValue(),
								percent(e.getValue(), total))));
				}
			}
			results.add(new Survey.QuestionResult(q, total, rows, mean));
		}
		return results;
	}

	@Transactional
	public void setOpen(long surveyId, boolean open) {
		requireEditor(find(surveyId));
		jdbc.sql("update survey set open = ? where id = ?").params(open, surveyId).update();
	}

	private static int percent(int count, int total) {
		return total == 0 ? 0 : Math.round(100f * count / total);
	}

}
