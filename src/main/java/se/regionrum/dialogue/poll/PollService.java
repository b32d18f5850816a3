package se.regionrum.dialogue.poll;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;

/**
 * Live polls: editors of the meeting create, open, close and moderate them; anyone with the
 * join code answers an open poll once per device.
 */
@Service
public class PollService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final MeetingService meetings;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	PollService(JdbcClient jdbc, MeetingService meetings, AuditLog audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.audit = audit;
		this.events = events;
	}

	/** Published when answers change, so that presenter screens refresh. */
	public record PollChanged(long pollId) {
	}

	public List<Poll> ofMeeting(long meetingId) {
		meetings.requireEditable(meetingId);
		return jdbc.sql("select * from poll where meeting_id = ? order by id").param(meetingId).query(PollService::map).list();
	}

	public Poll get(long id) {
		Poll poll = find(id).orElseThrow(() -> new NotFoundException("Poll", id));
		meetings.requireEditable(poll.meetingId());
		return poll;
	}

	Optional<Poll> find(long id) {
		return jdbc.sql("select * from poll where id = ?").param(id).query(PollService::map).optional();
	}

	/** The poll with this join code (spaces ignored), for participants: open polls only. */
	public Optional<Poll> byCode(String code) {
		String digits = code == null ? "" : code.replaceAll("\\s", "");
		if (!digits.matches("\\d{8}")) {
			return Optional.empty();
		}
		return jdbc.sql("select * from poll where join_code = ?").param(digits).query(PollService::map).optional();
	}

	@Transactional
	public Poll create(long meetingId, PollKind kind, String question, String options) {
		meetings.requireEditable(meetingId);
		if (question == null || question.isBlank()) {
			throw new InvalidInputException("question", "dialogue.poll.questionRequired");
		}
		if (kind.hasOptions() && (options == null || options.lines().filter(l -> !l.isBlank()).count() < 2)) {
			throw new InvalidInputException("options", "dialogue.poll.optionsRequired");
		}
		String code = newCode();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into poll (meeting_id, kind, question, options, join_code, status, results_hidden, created_at)
				values (?, ?, ?, ?, ?, 'DRAFT', false, ?)""")
			.params(meetingId, kind.name(), question.strip(), kind.hasOptions() ? options.strip() : null, code,
					OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.created("poll", id, Map.of("meetingId", meetingId, "kind", kind, "question", question.strip()));
		return find(id).orElseThrow();
	}

	/** Uses the given join code if it is free (the demo's "1724 1676"). */
	@Transactional
	public Poll useCode(long pollId, String code) {
		get(pollId);
		if (byCode(code).isEmpty()) {
			jdbc.sql("update poll set join_code = ? where id = ?").params(code.replaceAll("\\s", ""), pollId).update();
		}
		return find(pollId).orElseThrow();
	}

	@Transactional
	public void setStatus(long pollId, String status) {
		get(pollId);
		jdbc.sql("update poll set status = ? where id = ?").params(status, pollId).update();
		audit.event("poll", pollId, se.regionrum.platform.AuditAction.UPDATE, "dialogue.audit.poll." + status);
		events.publishEvent(new PollChanged(pollId));
	}

	@Transactional
	public void setHidden(long pollId, boolean hidden) {
		get(pollId);
		jdbc.sql("update poll set results_hidden = ? where id = ?").params(hidden, pollId).update();
		events.publishEvent(new PollChanged(pollId));
	}

	/** Removes a word-cloud answer (moderation): every answer with that normalised text. */
	@Transactional
	public int moderate(long pollId, String normalised) {
		get(pollId);
		int removed = jdbc.sql("update poll_answer set removed = true where poll_id = ? and normalised = ?")
			.params(pollId, normalised)
			.update();
		audit.event("poll", pollId, se.regionrum.platform.AuditAction.DELETE, "dialogue.audit.poll.moderated");
		events.publishEvent(new PollChanged(pollId));
		return removed;
	}

	/** ONE_ONLY: more than one value for a poll that takes one (single choice, scale, word cloud). */
	public enum AnswerResult {
		SAVED, ALREADY_ANSWERED, CLOSED, INVALID, ONE_ONLY
	}

	/**
	 * One answer per participant (the device id that {@code Participants} gives a browser session
	 * and its cookie); validated against the poll's kind and options, as the values were sent.
	 */
	public AnswerResult answer(Poll poll, String device, List<String> values) {
		if (!poll.isOpen()) {
			return AnswerResult.CLOSED;
		}
		List<String> clean = values == null ? List.of()
				: values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
		if (poll.kind() == PollKind.WORD_CLOUD ? clean.size() > 1
				: !poll.kind().takesMany() && clean.stream().mapToInt(v -> v.split(",", -1).length).sum() > 1) {
			return AnswerResult.ONE_ONLY;
		}
		String answer = canonical(poll, clean);
		if (answer == null) {
			return AnswerResult.INVALID;
		}
		try {
			jdbc.sql("""
					insert into poll_answer (poll_id, device, answer, normalised, removed, created_at)
					values (?, ?, ?, ?, false, ?)""")
				.params(poll.id(), device, answer, normalise(answer), OffsetDateTime.now(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			return AnswerResult.ALREADY_ANSWERED;
		}
		events.publishEvent(new PollChanged(poll.id()));
		return AnswerResult.SAVED;
	}

	public boolean hasAnswered(long pollId, String device) {
		return jdbc.sql("select count(*) from poll_answer where poll_id = ? and device = ?")
			.params(pollId, device)
			.query(Integer.class)
			.single() > 0;
	}

	/** Equal words group together ignoring letter case, surrounding and repeated spaces. */
	static String normalise(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** The answer as stored, or {@code null} if it is not valid; one value unless the kind takes many. */
	private static String canonical(Poll poll, List<String> clean) {
		if (clean.isEmpty()) {
			return null;
		}
		List<String> options = poll.optionList();
		switch (poll.kind()) {
			case WORD_CLOUD -> {
				String text = clean.get(0).replaceAll("\\s+", " ");
				return text.length() > 80 ? null : text;
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
					.flatMap(v -> java.util.Arrays.stream(v.split(",", -1)))
					.map(String::strip)
					.distinct()
					.toList();
				if (distinct.stream().anyMatch(v -> index(v, options) == null)) {
					return null;
				}
				return String.join(",", distinct);
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

	public PollResults results(long pollId) {
		Poll poll = find(pollId).orElseThrow(() -> new NotFoundException("Poll", pollId));
		List<String> answers = jdbc.sql("select answer from poll_answer where poll_id = ? and removed = false order by id")
			.param(pollId)
			.query(String.class)
			.list();
		List<PollResults.Row> rows = new ArrayList<>();
		Double mean = null;
		int total = answers.size();
		List<String> options = poll.optionList();
		switch (poll.kind()) {
			case WORD_CLOUD -> {
				Map<String, int[]> counts = new LinkedHashMap<>();
				Map<String, String> labels = new LinkedHashMap<>();
				for (String a : answers) {
					String key = normalise(a);
					counts.computeIfAbsent(key, k -> new int[1])[0]++;
					labels.putIfAbsent(key, key);
				}
				counts.entrySet().stream()
					.sorted((x, y) -> y.getValue()[0] != x.getValue()[0] ? y.getValue()[0] - x.getValue()[0]
							: x.getKey().compareTo(y.getKey()))
					.forEach(e -> rows.add(new PollResults.Row(labels.get(e.getKey()), e.getValue()[0],
							percent(e.getValue()[0], total))));
			}
			case SCALE -> {
				int[] counts = new int[6];
				int sum = 0;
				for (String a : answers) {
					int v = Integer.parseInt(a);
					counts[v]++;
					sum += v;
				}
				for (int v = 1; v <= 5; v++) {
					rows.add(new PollResults.Row(String.valueOf(v), counts[v], percent(counts[v], total)));
				}
				mean = total == 0 ? null : Math.round(10.0 * sum / total) / 10.0;
			}
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				int[] counts = new int[options.size()];
				for (String a : answers) {
					for (String v : a.split(",")) {
						counts[Integer.parseInt(v)]++;
					}
				}
				for (int i = 0; i < options.size(); i++) {
					rows.add(new PollResults.Row(options.get(i), counts[i], percent(counts[i], total)));
				}
			}
			case RANKING -> {
				// Borda count: first place gets as many points as there are options
				int[] points = new int[options.size()];
				for (String a : answers) {
					String[] order = a.split(",");
					for (int place = 0; place < order.length; place++) {
						points[Integer.parseInt(order[place])] += options.size() - place;
					}
				}
				int max = java.util.Arrays.stream(points).max().orElse(0);
				List<PollResults.Row> unsorted = new ArrayList<>();
				for (int i = 0; i < options.size(); i++) {
					unsorted.add(new PollResults.Row(options.get(i), points[i], max == 0 ? 0 : 100 * points[i] / max));
				}
				unsorted.sort((x, y) -> y.count() - x.count());
				rows.addAll(unsorted);
			}
		}
		return new PollResults(poll, total, rows, mean, poll.resultsHidden());
	}

	private static int percent(int count, int total) {
		return total == 0 ? 0 : Math.round(100f * count / total);
	}

	private String newCode() {
		for (int attempt = 0; attempt < 20; attempt++) {
			String code = String.format("%08d", RANDOM.nextInt(100_000_000));
			if (code.charAt(0) != '0' && byCode(code).isEmpty()) {
				return code;
			}
		}
		throw new IllegalStateException("No free join code");
	}

	static Poll map(ResultSet rs, int row) throws SQLException {
		return new Poll(rs.getLong("id"), rs.getLong("meeting_id"), PollKind.valueOf(rs.getString("kind")),
				rs.getString("question"), rs.getString("options"), rs.getString("join_code"), rs.getString("status"),
				rs.getBoolean("results_hidden"));
	}

}
