package se.regionrum.actors.workinggroup;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.actors.WorkingGroups.WorkingGroupRef;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Text;

/** SQL for groups: the filtered list with member counts joined in, and the member rows. */
@Repository
public class WorkingGroupQueries {

	private static final String MEMBER_COLUMNS = """
			select m.working_group_id, m.organisation_id, o.name organisation_name, m.person_id,
			       p.first_name, p.last_name, m.role
			  from working_group_member m
			  join organisation o on o.id = m.organisation_id
			  left join person p on p.id = m.person_id""";

	static final Comparator<MemberView> MEMBER_ORDER = Comparator.comparing(MemberView::role)
		.thenComparing(m -> m.organisationName().toLowerCase(Locale.ROOT))
		.thenComparing(m -> m.personName() == null ? "" : m.personName().toLowerCase(Locale.ROOT));

	private final JdbcClient jdbc;

	WorkingGroupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the filtered list; {@code size} 0 means all rows (for the CSV export). */
	PageResult<WorkingGroupSummary> find(WorkingGroupFilter filter, int page, int size) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params);
		long total = jdbc.sql("select count(*) from working_group g" + where).params(params).query(Long.class)
			.single();
		page = PageResult.clampPage(page, size, total);
		List<WorkingGroupSummary> items = jdbc.sql("""
				select g.id, g.name, g.kind, g.owner_organisation_id, o.name owner_name, g.started_on, g.ended_on,
				       coalesce(m.member_count, 0) member_count
				  from working_group g
				  join organisation o on o.id = g.owner_organisation_id
				  left join (select working_group_id, count(*) member_count from working_group_member
				             group by working_group_id) m on m.working_group_id = g.id""" + where + " order by "
				+ filter.orderBy() + (size > 0 ? " limit :limit offset :offset" : ""))
			.params(params)
			.params(size > 0 ? Map.of("limit", size, "offset", (long) page * size) : Map.of())
			.query((rs, n) -> new WorkingGroupSummary(rs.getLong("id"), rs.getString("name"),
					WorkingGroupKind.valueOf(rs.getString("kind")), rs.getLong("owner_organisation_id"),
					rs.getString("owner_name"), rs.getObject("started_on", java.time.LocalDate.class),
					rs.getObject("ended_on", java.time.LocalDate.class), rs.getLong("member_count")))
			.list();
		return new PageResult<>(items, page, size > 0 ? size : items.size(), total);
	}

	/** The members of every group the filter selects, by group id, in one query (for the CSV export). */
	Map<Long, List<MemberView>> membersOfFiltered(WorkingGroupFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params);
		Map<Long, List<MemberView>> members = new LinkedHashMap<>();
		jdbc.sql(MEMBER_COLUMNS + " where m.working_group_id in (select g.id from working_group g" + where + ")")
			.params(params)
			.query(rs -> {
				members.computeIfAbsent(rs.getLong("working_group_id"), id -> new ArrayList<>()).add(view(rs));
			});
		members.values().forEach(list -> list.sort(MEMBER_ORDER));
		return members;
	}

	private static String where(WorkingGroupFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where 1=1");
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and (lower(g.name) like :q" + Text.LIKE_ESCAPE
					+ " or lower(g.description) like :q" + Text.LIKE_ESCAPE + ")");
			params.put("q", Text.containsPattern(filter.q()));
		}
		if (filter.kind() != null) {
			where.append(" and g.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.ownerOrganisationId() != null) {
			where.append(" and g.owner_organisation_id = :owner");
			params.put("owner", filter.ownerOrganisationId());
		}
		return where.toString();
	}

	List<Member> members(long groupId) {
		return jdbc.sql("select organisation_id, person_id, role from working_group_member where working_group_id = ?")
			.param(groupId)
			.query((rs, n) -> new Member(rs.getLong(1), rs.getObject(2, Long.class), MemberRole.valueOf(rs.getString(3))))
			.list();
	}

	List<MemberView> memberViews(long groupId) {
		List<MemberView> views = new ArrayList<>(jdbc.sql(MEMBER_COLUMNS + " where m.working_group_id = ?")
			.param(groupId)
			.query((rs, n) -> view(rs))
			.list());
		views.sort(MEMBER_ORDER);
		return views;
	}

	/** Writes one member row; the caller saves the group (its version) and audits. */
	public void insertMember(long groupId, Member member) {
		jdbc.sql("insert into working_group_member (working_group_id, organisation_id, person_id, role) values (?, ?, ?, ?)")
			.params(groupId, member.organisationId(), member.personId(), member.role().name())
			.update();
	}

	void deleteMember(long groupId, Member member) {
		if (member.personId() == null) {
			jdbc.sql("delete from working_group_member where working_group_id = ? and organisation_id = ? and person_id is null")
				.params(groupId, member.organisationId())
				.update();
		}
		else {
			jdbc.sql("delete from working_group_member where working_group_id = ? and organisation_id = ? and person_id = ?")
				.params(groupId, member.organisationId(), member.personId())
				.update();
		}
	}

	void deleteMembers(long groupId) {
		jdbc.sql("delete from working_group_member where working_group_id = ?").param(groupId).update();
	}

	Optional<String> organisationName(Long organisationId) {
		if (organisationId == null) {
			return Optional.empty();
		}
		return jdbc.sql("select name from organisation where id = ?").param(organisationId).query(String.class)
			.optional();
	}

	private static MemberView view(ResultSet rs) throws SQLException {
		Long personId = rs.getObject("person_id", Long.class);
		long organisationId = rs.getLong("organisation_id");
		String personName = personId == null ? null : rs.getString("first_name") + " " + rs.getString("last_name");
		return new MemberView(new Member(organisationId, personId, MemberRole.valueOf(rs.getString("role"))).key(),
				organisationId, rs.getString("organisation_name"), personId, personName,
				MemberRole.valueOf(rs.getString("role")));
	}

	private static final String SELECT_REF = "select g.id, g.name, (select count(*) from working_group_member m"
			+ " where m.working_group_id = g.id) members from working_group g";

	Optional<WorkingGroupRef> findRef(long id) {
		return jdbc.sql(SELECT_REF + " where g.id = ?").param(id).query(WorkingGroupQueries::ref).optional();
	}

	/** The first group with the name, ignoring letter case. */
	Optional<WorkingGroupRef> findRefByName(String name) {
		return jdbc.sql(SELECT_REF + " where lower(g.name) = lower(?) order by g.id")
			.param(name)
			.query(WorkingGroupQueries::ref)
			.list()
			.stream()
			.findFirst();
	}

	public List<WorkingGroupRef> allRefs() {
		return jdbc.sql(SELECT_REF + " order by lower(g.name), g.id").query(WorkingGroupQueries::ref).list();
	}

	private static WorkingGroupRef ref(ResultSet rs, int n) throws SQLException {
		return new WorkingGroupRef(rs.getLong("id"), rs.getString("name"), rs.getLong("members"));
	}

	/** All working groups and networks, for the start page. */
	public long countAll() {
		return jdbc.sql("select count(*) from working_group").query(Long.class).single();
	}

	// demo data (se.regionrum.actors.demo), which matches groups by name through allRefs

	/** The members of every group, by group id. */
	public Map<Long, List<Member>> membersByGroup() {
		Map<Long, List<Member>> members = new LinkedHashMap<>();
		jdbc.sql("select working_group_id, organisation_id, person_id, role from working_group_member").query(rs -> {
			members.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new Member(rs.getLong(2), rs.getObject(3, Long.class), MemberRole.valueOf(rs.getString(4))));
		});
		return members;
	}

	/**
	 * Writes a group of the demo data set, bypassing {@link WorkingGroupService}: the data set's
	 * groups started in the past, and the loader audits the whole set as one import.
	 */
	public void insertDemoWorkingGroup(WorkingGroup group) {
		jdbc.sql("""
				insert into working_group (name, kind, description, owner_organisation_id, started_on, ended_on,
				                           created_at, updated_at)
				values (:name, :kind, :description, :owner, :startedOn, :endedOn, :createdAt, :updatedAt)""")
			.param("name", group.name())
			.param("kind", group.kind().name())
			.param("description", group.description())
			.param("owner", group.ownerOrganisationId())
			.param("startedOn", group.startedOn() == null ? null : Date.valueOf(group.startedOn()))
			.param("endedOn", group.endedOn() == null ? null : Date.valueOf(group.endedOn()))
			.param("createdAt", Timestamp.from(group.createdAt()))
			.param("updatedAt", Timestamp.from(group.updatedAt()))
			.update();
	}

}
