package se.regionrum.strategy.consultation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.platform.PageResult;
import se.regionrum.strategy.GoalConsensus;
import se.regionrum.platform.Text;
import se.regionrum.strategy.GoalLevel;
import se.regionrum.strategy.consultation.ConsultationViews.ConsultationSummary;
import se.regionrum.strategy.consultation.ConsultationViews.DraftGoal;
import se.regionrum.strategy.consultation.ConsultationViews.StanceView;
import se.regionrum.platform.Text;
import se.regionrum.strategy.support.Tree;

/**
 * The SQL of consultations that Spring Data cannot derive: lists and counts, each in one query (no
 * query per row), the draft snapshot, invitations and the stances of a response.
 */
@Repository
public class ConsultationQueries {

	static final Map<String, String> SORT_COLUMNS = Map.of("title", "lower(c.title)", "opensOn", "c.opens_on",
			"closesOn", "c.closes_on", "strategy", "lower(s.name)", "responses", "responses");

	private final JdbcClient jdbc;

	ConsultationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageResult<ConsultationSummary> find(ConsultationFilter filter, boolean publishedOnly, LocalDate today,
			int page, int size) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where 1=1");
		if (publishedOnly) {
			where.append(" and s.published = true");
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and (lower(c.title) like :q" + Text.LIKE_ESCAPE
					+ " or lower(s.name) like :q" + Text.LIKE_ESCAPE + ")");
			params.put("q", Text.containsPattern(filter.q()));
		}
		if (filter.strategyId() != null) {
			where.append(" and c.strategy_id = :strategy");
			params.put("strategy", filter.strategyId());
		}
		if (filter.phase() != null) {
			params.put("today", Date.valueOf(today));
			where.append(switch (filter.phase()) {
				case UPCOMING -> " and c.opens_on > :today";
				case OPEN -> " and c.opens_on <= :today and c.closes_on >= :today";
				case CLOSED -> " and c.closes_on < :today";
			});
		}
		String from = " from consultation c join strategy s on s.id = c.strategy_id";
		long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
		List<ConsultationSummary> items = jdbc.sql("""
				select c.id, c.title, c.strategy_id, s.name strategy_name, c.opens_on, c.closes_on,
				       coalesce(i.invited, 0) invited, coalesce(r.responses, 0) responses, coalesce(m.comments, 0) comments"""
				+ from + """

				 left join (select consultation_id, count(*) invited from consultation_invitation group by consultation_id) i
				        on i.consultation_id = c.id
				 left join (select consultation_id, count(*) responses from consultation_response group by consultation_id) r
				        on r.consultation_id = c.id
				 left join (select consultation_id, count(*) comments from consultation_comment group by consultation_id) m
				        on m.consultation_id = c.id"""
				+ where + " order by " + filter.orderBy() + (size > 0 ? " limit :limit offset :offset" : ""))
			.params(params)
			.params(size > 0 ? Map.of("limit", size, "offset", (long) page * size) : Map.of())
			.query((rs, n) -> {
				var opens = rs.getDate("opens_on").toLocalDate();
				var closes = rs.getDate("closes_on").toLocalDate();
				return new ConsultationSummary(rs.getLong("id"), rs.getString("title"), rs.getLong("strategy_id"),
						rs.getString("strategy_name"), opens, closes, ConsultationPhase.of(opens, closes, today),
						rs.getLong("invited"), rs.getLong("responses"), rs.getLong("comments"));
			})
			.list();
		return new PageResult<>(items, page, size > 0 ? size : items.size(), total);
	}

	/** The draft's goals in display order: each goal area followed by its goals and priorities. */
	List<DraftGoal> draft(long consultationId) {
		List<DraftGoal> flat = jdbc.sql("""
				select goal_id, parent_id, level, code, title, description, position from consultation_goal
				where consultation_id = ?""")
			.param(consultationId)
			.query((rs, n) -> new DraftGoal(rs.getLong("goal_id"), rs.getObject("parent_id", Long.class),
					GoalLevel.valueOf(rs.getString("level")), rs.getString("code"), rs.getString("title"),
					rs.getString("description"), rs.getInt("position"), 0))
			.list();
		return Tree.depthFirst(flat, DraftGoal::goalId, DraftGoal::parentId,
				Comparator.comparingInt(DraftGoal::position).thenComparingLong(DraftGoal::goalId),
				(g, depth) -> new DraftGoal(g.goalId(), g.parentId(), g.level(), g.code(), g.title(), g.description(),
						g.position(), depth));
	}

	/** Copies the strategy's active goals as the draft of the consultation. */
	void snapshot(long consultationId, long strategyId) {
		jdbc.sql("delete from consultation_goal where consultation_id = ?").param(consultationId).update();
		jdbc.sql("""
				insert into consultation_goal (consultation_id, goal_id, parent_id, level, code, title, description, position)
				select :consultation, id, parent_id, level, code, title, description, position
				from goal where strategy_id = :strategy and retired_on is null""")
			.param("consultation", consultationId)
			.param("strategy", strategyId)
			.update();
	}

	/** Every stance of every response, with the organisation id, in one query. */
	List<StanceView> stances(long consultationId, Map<Long, String> organisationNames) {
		return jdbc.sql("""
				select cs.goal_id, r.organisation_id, cs.stance, cs.remark
				from consultation_stance cs join consultation_response r on r.id = cs.response_id
				where r.consultation_id = ? order by cs.goal_id, r.organisation_id""")
			.param(consultationId)
			.query((rs, n) -> new StanceView(rs.getLong("goal_id"), rs.getLong("organisation_id"),
					organisationNames.getOrDefault(rs.getLong("organisation_id"), ""), Stance.valueOf(rs.getString("stance")),
					rs.getString("remark")))
			.list();
	}

	/** Stances counted per goal and stance, in one grouped query. */
	Map<Long, Map<Stance, Long>> stanceCounts(long consultationId) {
		Map<Long, Map<Stance, Long>> counts = new HashMap<>();
		jdbc.sql("""
				select cs.goal_id, cs.stance, count(*) n
				from consultation_stance cs join consultation_response r on r.id = cs.response_id
				where r.consultation_id = ? group by cs.goal_id, cs.stance""")
			.param(consultationId)
			.query(rs -> {
				counts.computeIfAbsent(rs.getLong("goal_id"), k -> new EnumMap<>(Stance.class))
					.put(Stance.valueOf(rs.getString("stance")), rs.getLong("n"));
			});
		return counts;
	}

	record InvitationRow(long organisationId, Timestamp invitedAt, Long responseId, Timestamp respondedAt) {
	}

	List<InvitationRow> invitations(long consultationId) {
		return jdbc.sql("""
				select i.organisation_id, i.invited_at, r.id response_id, r.submitted_at
				from consultation_invitation i
				left join consultation_response r on r.consultation_id = i.consultation_id and r.organisation_id = i.organisation_id
				where i.consultation_id = ?""")
			.param(consultationId)
			.query((rs, n) -> new InvitationRow(rs.getLong("organisation_id"), rs.getTimestamp("invited_at"),
					rs.getObject("response_id", Long.class), rs.getTimestamp("submitted_at")))
			.list();
	}

	Set<Long> invitedOrganisations(long consultationId) {
		return new HashSet<>(jdbc.sql("select organisation_id from consultation_invitation where consultation_id = ?")
			.param(consultationId)
			.query(Long.class)
			.list());
	}

	void insertInvitation(long consultationId, long organisationId, Instant invitedAt) {
		jdbc.sql("insert into consultation_invitation (consultation_id, organisation_id, invited_at) values (?, ?, ?)")
			.params(consultationId, organisationId, Timestamp.from(invitedAt))
			.update();
	}

	void deleteInvitation(long consultationId, long organisationId) {
		jdbc.sql("delete from consultation_invitation where consultation_id = ? and organisation_id = ?")
			.params(consultationId, organisationId)
			.update();
	}

	/** The stances of one response, named for its organisation. */
	List<StanceView> stancesOfResponse(long responseId, long organisationId, String organisationName) {
		return jdbc.sql("select goal_id, stance, remark from consultation_stance where response_id = ?")
			.param(responseId)
			.query((rs, n) -> new StanceView(rs.getLong("goal_id"), organisationId, organisationName,
					Stance.valueOf(rs.getString("stance")), rs.getString("remark")))
			.list();
	}

	/** The stances of one response by goal id, in goal id order. */
	Map<Long, Stance> stancesByGoal(long responseId) {
		Map<Long, Stance> stances = new LinkedHashMap<>();
		jdbc.sql("select goal_id, stance from consultation_stance where response_id = ? order by goal_id")
			.param(responseId)
			.query(rs -> {
				stances.put(rs.getLong(1), Stance.valueOf(rs.getString(2)));
			});
		return stances;
	}

	/** Replaces the stances of a response with the given ones. */
	void replaceStances(long responseId, Collection<ResponseForm.StanceEntry> entries) {
		jdbc.sql("delete from consultation_stance where response_id = ?").param(responseId).update();
		for (ResponseForm.StanceEntry entry : entries) {
			jdbc.sql("insert into consultation_stance (response_id, goal_id, stance, remark) values (?, ?, ?, ?)")
				.params(responseId, entry.getGoalId(), entry.getStance().name(), Text.blank(entry.getRemark()))
				.update();
		}
	}

	/**
	 * Per goal, the stances in the latest consultation that included the goal, in one query; goals
	 * never consulted on are left out.
	 */
	Map<Long, GoalConsensus> consensusOfGoals(Collection<Long> goalIds) {
		Map<Long, GoalConsensus> result = new LinkedHashMap<>();
		if (goalIds.isEmpty()) {
			return result;
		}
		Map<Long, Long> consultationOf = new HashMap<>();
		Map<Long, Map<Stance, Long>> counts = new LinkedHashMap<>();
		// The latest consultation that included each goal, and the stances given on the goal in it.
		jdbc.sql("""
				select latest.goal_id, latest.consultation_id, s.stance, count(s.stance) stances
				from (select goal_id, max(consultation_id) consultation_id from consultation_goal
				      where goal_id in (:ids) group by goal_id) latest
				left join consultation_response r on r.consultation_id = latest.consultation_id
				left join consultation_stance s on s.response_id = r.id and s.goal_id = latest.goal_id
				group by latest.goal_id, latest.consultation_id, s.stance""")
			.param("ids", goalIds)
			.query(rs -> {
				long goal = rs.getLong("goal_id");
				consultationOf.put(goal, rs.getLong("consultation_id"));
				Map<Stance, Long> byStance = counts.computeIfAbsent(goal, k -> new EnumMap<>(Stance.class));
				String stance = rs.getString("stance");
				if (stance != null) {
					byStance.merge(Stance.valueOf(stance), rs.getLong("stances"), Long::sum);
				}
			});
		counts.forEach((goal, c) -> {
			long supports = c.getOrDefault(Stance.SUPPORTS, 0L);
			long withChanges = c.getOrDefault(Stance.SUPPORTS_WITH_CHANGES, 0L);
			long opposes = c.getOrDefault(Stance.OPPOSES, 0L);
			result.put(goal, new GoalConsensus(goal, consultationOf.get(goal), supports, withChanges, opposes,
					c.getOrDefault(Stance.NO_VIEW, 0L), Agreement.of(supports, withChanges, opposes).name()));
		});
		return result;
	}

	/** Per organisation, how many consultation responses it has given. */
	Map<Long, Integer> responsesByOrganisation() {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("select organisation_id, count(*) responses from consultation_response group by organisation_id")
			.query(rs -> {
				counts.put(rs.getLong("organisation_id"), rs.getInt("responses"));
			});
		return counts;
	}

	/** Consultations on published strategies that are open on {@code today}, for the start page. */
	public long countOpenOnPublished(LocalDate today) {
		return jdbc.sql("""
				select count(*) from consultation c join strategy s on s.id = c.strategy_id
				 where s.published = true and c.opens_on <= :today and c.closes_on >= :today""")
			.param("today", Date.valueOf(today))
			.query(Long.class)
			.single();
	}

	/** Whether a consultation has exactly this title (the demo data is matched by title). */
	public boolean existsWithTitle(String title) {
		return jdbc.sql("select count(*) from consultation where title = ?").param(title).query(Long.class).single() > 0;
	}

}
