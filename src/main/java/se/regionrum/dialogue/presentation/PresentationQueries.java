package se.regionrum.dialogue.presentation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of presentations, their questions, answers and Q&A entries. */
@Repository
class PresentationQueries {

	private static final String PRESENTATION = "select id, meeting_id, title, join_code, position, version from presentation";

	private static final String QUESTION = """
			select id, presentation_id, position, kind, question, options, locked, results_hidden
			from presentation_question""";

	private final JdbcClient jdbc;

	PresentationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An answer text and how many participants gave exactly it. */
	/** See {@link #changeStamps}: any difference between two stamps is a change. */
	record ChangeStamp(long version, long answers, long lastAnswer) {
	}

	record TextCount(String answer, int count) {
	}

	/** One stored answer (open text, moderation). */
	record StoredAnswer(long id, String answer) {
	}

	long insert(long meetingId, String title, String code) {
		return insertReturningId("insert into presentation (meeting_id, title, join_code, position, version, created_at) values (?, ?, ?, 0, 1, ?)",
				meetingId, title, code, now());
	}

	/** Portable on H2 and PostgreSQL: the generated key by JDBC, not by {@code returning}. */
	private long insertReturningId(String sql, Object... params) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<Presentation> find(long id) {
		return jdbc.sql(PRESENTATION + " where id = ?").param(id).query(PresentationQueries::presentation).optional();
	}

	Optional<Presentation> byCode(String code) {
		return jdbc.sql(PRESENTATION + " where join_code = ?").param(code).query(PresentationQueries::presentation).optional();
	}

	List<Presentation> ofMeeting(long meetingId) {
		return jdbc.sql(PRESENTATION + " where meeting_id = ? order by id").param(meetingId)
			.query(PresentationQueries::presentation).list();
	}

	Optional<Long> byLegacyPoll(long pollId) {
		return jdbc.sql("select presentation_id from presentation_question where legacy_poll_id = ?").param(pollId)
			.query(Long.class).optional();
	}

	void setCode(long id, String code) {
		jdbc.sql("update presentation set join_code = ?, version = version + 1 where id = ?").params(code, id).update();
	}

	void setPosition(long id, int position) {
		jdbc.sql("update presentation set position = ?, version = version + 1 where id = ?").params(position, id).update();
	}

	/**
	 * What tells another server that a presentation changed: its version (moves, locks, Q&A) and the
	 * answers to the question shown now (their count falls on moderation, their last id grows).
	 * One grouped read over the unique index on (question, device) for all the given presentations.
	 */
	Map<Long, ChangeStamp> changeStamps(Collection<Long> presentationIds) {
		Map<Long, ChangeStamp> stamps = new HashMap<>();
		jdbc.sql("""
				select p.id, p.version, count(a.id), coalesce(max(a.id), 0)
				from presentation p
				left join presentation_question q on q.presentation_id = p.id and q.position = p.position
				left join presentation_answer a on a.question_id = q.id and a.removed = false
				where p.id in (:ids)
				group by p.id, p.version""")
			.param("ids", presentationIds)
			.query(rs -> {
				stamps.put(rs.getLong(1), new ChangeStamp(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
			});
		return stamps;
	}

	void bumpVersion(long id) {
		jdbc.sql("update presentation set version = version + 1 where id = ?").param(id).update();
	}

	List<Question> questions(long presentationId) {
		return jdbc.sql(QUESTION + " where presentation_id = ? order by position").param(presentationId)
			.query(PresentationQueries::question).list();
	}

	Optional<Question> question(long id) {
		return jdbc.sql(QUESTION + " where id = ?").param(id).query(PresentationQueries::question).optional();
	}

	Optional<Question> questionAt(long presentationId, int position) {
		return jdbc.sql(QUESTION + " where presentation_id = ? and position = ?").params(presentationId, position)
			.query(PresentationQueries::question).optional();
	}

	long insertQuestion(long presentationId, QuestionKind kind, String text, String options) {
		int position = jdbc.sql("select coalesce(max(position) + 1, 0) from presentation_question where presentation_id = ?")
			.param(presentationId).query(Integer.class).single();
		return insertReturningId("""
				insert into presentation_question (presentation_id, position, kind, question, options, locked, results_hidden)
				values (?, ?, ?, ?, ?, false, false)""", presentationId, position, kind.name(), text, options);
	}

	void setLocked(long questionId, boolean locked) {
		jdbc.sql("update presentation_question set locked = ? where id = ?").params(locked, questionId).update();
	}

	void setHidden(long questionId, boolean hidden) {
		jdbc.sql("update presentation_question set results_hidden = ? where id = ?").params(hidden, questionId).update();
	}

	/** One insert; the unique index on (question, device) refuses a second answer. */
	void insertAnswer(long questionId, String device, String answer, String normalised) {
		jdbc.sql("""
				insert into presentation_answer (question_id, device, answer, normalised, removed, created_at)
				values (?, ?, ?, ?, false, ?)""")
			.params(questionId, device, answer, normalised, now())
			.update();
	}

	boolean hasAnswered(long questionId, String device) {
		return jdbc.sql("select count(*) from presentation_answer where question_id = ? and device = ?")
			.params(questionId, device).query(Integer.class).single() > 0;
	}

	/** The answers grouped as stored: a choice question has few distinct answers, however many people. */
	List<TextCount> answerCounts(long questionId) {
		return jdbc.sql("""
				select answer, count(*) from presentation_answer where question_id = ? and removed = false
				group by answer""")
			.param(questionId)
			.query((rs, n) -> new TextCount(rs.getString(1), rs.getInt(2)))
			.list();
	}

	/** The answers not removed, newest first. */
	List<StoredAnswer> answers(long questionId) {
		return jdbc.sql("select id, answer from presentation_answer where question_id = ? and removed = false order by id desc")
			.param(questionId)
			.query((rs, n) -> new StoredAnswer(rs.getLong(1), rs.getString(2)))
			.list();
	}

	void removeAnswer(long questionId, long answerId) {
		jdbc.sql("update presentation_answer set removed = true where question_id = ? and id = ?").params(questionId, answerId).update();
	}

	long insertQa(long questionId, String device, String body) {
		return insertReturningId("insert into presentation_qa (question_id, device, body, status, votes, created_at) values (?, ?, ?, 'VISIBLE', 0, ?)",
				questionId, device, body, now());
	}

	/** Entries not hidden: open ones by votes, answered ones last. */
	List<QaEntry> qa(long questionId) {
		return jdbc.sql("""
				select id, body, votes, status from presentation_qa where question_id = ? and status <> 'HIDDEN'
				order by case when status = 'ANSWERED' then 1 else 0 end, votes desc, id""")
			.param(questionId)
			.query((rs, n) -> new QaEntry(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
			.list();
	}

	Optional<Long> qaQuestion(long qaId) {
		return jdbc.sql("select question_id from presentation_qa where id = ? and status <> 'HIDDEN'").param(qaId)
			.query(Long.class).optional();
	}

	/** The vote row is unique per participant; the count follows in the same transaction. */
	void vote(long qaId, String device) {
		jdbc.sql("insert into presentation_qa_vote (qa_id, device) values (?, ?)").params(qaId, device).update();
		jdbc.sql("update presentation_qa set votes = votes + 1 where id = ?").param(qaId).update();
	}

	void setQaStatus(long questionId, long qaId, String status) {
		jdbc.sql("update presentation_qa set status = ? where id = ? and question_id = ?").params(status, qaId, questionId).update();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	static Presentation presentation(ResultSet rs, int row) throws SQLException {
		return new Presentation(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("title"), rs.getString("join_code"),
				rs.getInt("position"), rs.getLong("version"));
	}

	static Question question(ResultSet rs, int row) throws SQLException {
		return new Question(rs.getLong("id"), rs.getLong("presentation_id"), rs.getInt("position"),
				QuestionKind.valueOf(rs.getString("kind")), rs.getString("question"), rs.getString("options"),
				rs.getBoolean("locked"), rs.getBoolean("results_hidden"));
	}

}
