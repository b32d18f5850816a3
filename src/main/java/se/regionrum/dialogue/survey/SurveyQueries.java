package se.regionrum.dialogue.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of surveys, their questions and responses; the rules are {@link SurveyService}'s. */
@Repository
class SurveyQueries {

	private static final String SURVEY = "select id, meeting_id, series_id, title, intro, status, public_key from survey";

	private static final String QUESTION = "select id, position, kind, text, options, required, scale_min, scale_max,"
			+ " min_label, max_label from survey_question";

	private final JdbcClient jdbc;

	SurveyQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// surveys

	Optional<Survey> find(long id) {
		return jdbc.sql(SURVEY + " where id = ?").param(id).query(SurveyQueries::survey).optional();
	}

	Optional<Survey> byKey(String publicKey) {
		return jdbc.sql(SURVEY + " where public_key = ?").param(publicKey).query(SurveyQueries::survey).optional();
	}

	List<Survey> ofMeeting(long meetingId) {
		return jdbc.sql(SURVEY + " where meeting_id = ? order by id").param(meetingId).query(SurveyQueries::survey).list();
	}

	List<Survey> ofSeries(long seriesId) {
		return jdbc.sql(SURVEY + " where series_id = ? order by id").param(seriesId).query(SurveyQueries::survey).list();
	}

	long insert(Long meetingId, Long seriesId, String title, String intro, String publicKey) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into survey (meeting_id, series_id, title, intro, status, created_at, public_key)
				values (?, ?, ?, ?, 'DRAFT', ?, ?)""")
			.params(meetingId, seriesId, title, intro, OffsetDateTime.now(ZoneOffset.UTC), publicKey)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void update(long id, String title, String intro) {
		jdbc.sql("update survey set title = ?, intro = ? where id = ?").params(title, intro, id).update();
	}

	/** Changes the status only from the expected one, so that two clicks cannot both publish or close. */
	boolean setStatus(long id, SurveyStatus from, SurveyStatus to) {
		return jdbc.sql("update survey set status = ? where id = ? and status = ?")
			.params(to.name(), id, from.name())
			.update() == 1;
	}

	void delete(long id) {
		jdbc.sql("delete from survey where id = ?").param(id).update();
	}

	/** Locks the survey's row, so that questions and status change one request at a time. */
	void lock(long id) {
		jdbc.sql("select id from survey where id = ? for update").param(id).query(Long.class).optional();
	}

	// questions

	List<Survey.Question> questions(long surveyId) {
		return jdbc.sql(QUESTION + " where survey_id = ? order by position, id")
			.param(surveyId)
			.query(SurveyQueries::question)
			.list();
	}

	Optional<Survey.Question> question(long surveyId, long questionId) {
		return jdbc.sql(QUESTION + " where survey_id = ? and id = ?")
			.params(surveyId, questionId)
			.query(SurveyQueries::question)
			.optional();
	}

	long insertQuestion(long surveyId, int position, QuestionForm q) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into survey_question (survey_id, position, kind, text, options, required, scale_min, scale_max,
				min_label, max_label) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(surveyId, position, q.kind().name(), q.text(), options(q), q.required(), q.scaleMin(), q.scaleMax(),
					q.minLabel(), q.maxLabel())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void updateQuestion(long questionId, QuestionForm q) {
		jdbc.sql("""
				update survey_question set kind = ?, text = ?, options = ?, required = ?, scale_min = ?, scale_max = ?,
				min_label = ?, max_label = ? where id = ?""")
			.params(q.kind().name(), q.text(), options(q), q.required(), q.scaleMin(), q.scaleMax(), q.minLabel(),
					q.maxLabel(), questionId)
			.update();
	}

	void deleteQuestion(long questionId) {
		jdbc.sql("delete from survey_question where id = ?").param(questionId).update();
	}

	void setPosition(long questionId, int position) {
		jdbc.sql("update survey_question set position = ? where id = ?").params(position, questionId).update();
	}

	private static String options(QuestionForm q) {
		return q.kind().hasOptions() ? String.join("\n", q.options()) : null;
	}

	// responses

	/** Inserts a response; a second one of the same participant breaks the unique index (V36). */
	long insertResponse(long surveyId, String participant) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into survey_response (survey_id, participant, created_at) values (?, ?, ?)")
			.params(surveyId, participant, OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void insertAnswer(long responseId, long questionId, String value, String normalised, Integer place) {
		jdbc.sql("""
				insert into survey_answer (response_id, question_id, answer_text, normalised, place)
				values (?, ?, ?, ?, ?)""")
			.params(responseId, questionId, value, normalised, place)
			.update();
	}

	boolean hasResponded(long surveyId, String participant) {
		return jdbc.sql("select count(*) from survey_response where survey_id = ? and participant = ?")
			.params(surveyId, participant)
			.query(Integer.class)
			.single() > 0;
	}

	int responses(long surveyId) {
		return jdbc.sql("select count(*) from survey_response where survey_id = ?")
			.param(surveyId)
			.query(Integer.class)
			.single();
	}

	/** One stored answer: a value of a response to a question, with its place in a ranking. */
	record StoredAnswer(long responseId, String value, Integer place) {
	}

	List<StoredAnswer> answers(long questionId) {
		return jdbc.sql("select response_id, answer_text, place from survey_answer where question_id = ? order by response_id, place")
			.param(questionId)
			.query((rs, n) -> new StoredAnswer(rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class)))
			.list();
	}

	private static Survey survey(ResultSet rs, int row) throws SQLException {
		return new Survey(rs.getLong("id"), rs.getObject("meeting_id", Long.class), rs.getObject("series_id", Long.class),
				rs.getString("title"), rs.getString("intro"), SurveyStatus.valueOf(rs.getString("status")),
				rs.getString("public_key"));
	}

	private static Survey.Question question(ResultSet rs, int row) throws SQLException {
		return new Survey.Question(rs.getLong("id"), rs.getInt("position"), QuestionKind.valueOf(rs.getString("kind")),
				rs.getString("text"), rs.getString("options"), rs.getBoolean("required"),
				rs.getObject("scale_min", Integer.class), rs.getObject("scale_max", Integer.class),
				rs.getString("min_label"), rs.getString("max_label"));
	}

}
