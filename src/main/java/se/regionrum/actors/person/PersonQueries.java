package se.regionrum.actors.person;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.regionrum.actors.People.Contact;
import se.regionrum.actors.People.PersonName;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Text;

/**
 * SQL for people: the filtered list (one query for the rows, one for their sectors: never a
 * query per row), sectors of one person, memberships in working groups.
 */
@Repository
public class PersonQueries {

	private static final String COLUMNS = """
			select p.id, p.first_name, p.last_name, p.email, p.phone, p.organisation_id, o.name organisation_name,
			       p.title, p.resource_person, p.competence_areas, p.consent_given, p.consent_date, p.consent_purpose
			  from person p left join organisation o on o.id = p.organisation_id""";

	private final JdbcClient jdbc;

	PersonQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the filtered list; {@code size} 0 means all rows (for the CSV export). */
	PageResult<PersonSummary> find(PersonFilter filter, int page, int size) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params);
		long total = jdbc.sql("select count(*) from person p" + where).params(params).query(Long.class).single();
		page = PageResult.clampPage(page, size, total);
		List<PersonSummary> rows = jdbc.sql(COLUMNS + where + " order by " + filter.orderBy()
				+ (size > 0 ? " limit :limit offset :offset" : ""))
			.params(params)
			.params(size > 0 ? Map.of("limit", size, "offset", (long) page * size) : Map.of())
			.query((rs, n) -> new PersonSummary(rs.getLong("id"), rs.getString("first_name"),
					rs.getString("last_name"), rs.getString("email"), rs.getString("phone"),
					rs.getObject("organisation_id", Long.class), rs.getString("organisation_name"),
					rs.getString("title"), List.of(), rs.getBoolean("resource_person"),
					rs.getString("competence_areas"), rs.getBoolean("consent_given"),
					rs.getObject("consent_date", java.time.LocalDate.class), rs.getString("consent_purpose")))
			.list();
		Map<Long, Set<Sector>> sectors = new HashMap<>();
		if (!rows.isEmpty()) {
			String sql = size > 0 ? "select person_id, sector from person_sector where person_id in (:ids)"
					: "select person_id, sector from person_sector where person_id in (select p.id from person p"
							+ where + ")";
			jdbc.sql(sql)
				.params(params)
				.param("ids", rows.stream().map(PersonSummary::id).toList())
				.query(rs -> {
					sectors.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(Sector.class))
						.add(Sector.valueOf(rs.getString(2)));
				});
		}
		List<PersonSummary> items = rows.stream()
			.map(row -> row.withSectors(List.copyOf(sectors.getOrDefault(row.id(), Set.of()))))
			.toList();
		return new PageResult<>(items, page, size > 0 ? size : items.size(), total);
	}

	private static String where(PersonFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where p.erased_at is null");
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and (lower(p.first_name || ' ' || p.last_name) like :q" + Text.LIKE_ESCAPE)
				.append(" or lower(p.last_name || ' ' || p.first_name) like :q" + Text.LIKE_ESCAPE)
				.append(" or lower(p.email) like :q" + Text.LIKE_ESCAPE
						+ " or lower(p.title) like :q" + Text.LIKE_ESCAPE + ")");
			params.put("q", Text.containsPattern(filter.q()));
		}
		if (filter.organisationId() != null) {
			where.append(" and p.organisation_id = :organisationId");
			params.put("organisationId", filter.organisationId());
		}
		if (filter.sector() != null) {
			where.append(" and exists (select 1 from person_sector s where s.person_id = p.id and s.sector = :sector)");
			params.put("sector", filter.sector().name());
		}
		if (filter.resourcePerson() != null) {
			where.append(" and p.resource_person = :resourcePerson");
			params.put("resourcePerson", filter.resourcePerson());
		}
		if (filter.consentGiven() != null) {
			where.append(" and p.consent_given = :consentGiven");
			params.put("consentGiven", filter.consentGiven());
		}
		return where.toString();
	}

	Set<Sector> sectorsOf(long personId) {
		Set<Sector> sectors = EnumSet.noneOf(Sector.class);
		jdbc.sql("select sector from person_sector where person_id = ?")
			.param(personId)
			.query(String.class)
			.list()
			.forEach(s -> sectors.add(Sector.valueOf(s)));
		return sectors;
	}

	void replaceSectors(long personId, Collection<Sector> sectors) {
		jdbc.sql("delete from person_sector where person_id = ?").param(personId).update();
		for (Sector sector : sectors) {
			jdbc.sql("insert into person_sector (person_id, sector) values (?, ?)")
				.params(personId, sector.name())
				.update();
		}
	}

	List<Membership> memberships(long personId) {
		return jdbc.sql("""
				select g.id, g.name, g.kind, m.role from working_group_member m
				  join working_group g on g.id = m.working_group_id
				 where m.person_id = ? order by lower(g.name), g.id""")
			.param(personId)
			.query((rs, n) -> new Membership(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	long membershipCount(long personId) {
		return jdbc.sql("select count(*) from working_group_member where person_id = ?")
			.param(personId)
			.query(Long.class)
			.single();
	}

	Optional<String> organisationName(Long organisationId) {
		if (organisationId == null) {
			return Optional.empty();
		}
		return jdbc.sql("select name from organisation where id = ?").param(organisationId).query(String.class)
			.optional();
	}

	Optional<PersonRef> ref(long id) {
		return jdbc.sql("select id, first_name, last_name, organisation_id, erased_at from person where id = ?")
			.param(id)
			.query(PersonQueries::ref)
			.optional();
	}

	/** People who are not erased, of one organisation or (null) of all, by name. */
	List<PersonRef> active(Long organisationId) {
		List<Object> params = new ArrayList<>();
		String sql = "select id, first_name, last_name, organisation_id, erased_at from person where erased_at is null";
		if (organisationId != null) {
			sql += " and organisation_id = ?";
			params.add(organisationId);
		}
		return jdbc.sql(sql + " order by lower(last_name), lower(first_name), id")
			.params(params)
			.query(PersonQueries::ref)
			.list();
	}

	private static PersonRef ref(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PersonRef(rs.getLong("id"), rs.getString("first_name") + " " + rs.getString("last_name"),
				rs.getObject("organisation_id", Long.class), rs.getTimestamp("erased_at") != null);
	}

	private static final String SELECT_NAME = "select id, first_name, last_name, organisation_id from person"
			+ " where erased_at is null";

	/** The names of the people with the given ids who are not erased, by last and first name. */
	List<PersonName> names(Collection<Long> personIds) {
		return jdbc.sql(SELECT_NAME + " and id in (:ids) order by last_name, first_name")
			.param("ids", personIds)
			.query(PersonQueries::name)
			.list();
	}

	/** Everyone not erased, by last and first name. */
	List<PersonName> allNames() {
		return jdbc.sql(SELECT_NAME + " order by last_name, first_name").query(PersonQueries::name).list();
	}

	Optional<Contact> contact(long personId) {
		return jdbc.sql("select id, first_name, last_name, title, email, phone, organisation_id from person"
				+ " where erased_at is null and id = ?")
			.param(personId)
			.query((rs, n) -> {
				long organisation = rs.getLong("organisation_id");
				return new Contact(rs.getLong("id"), rs.getString("first_name") + " " + rs.getString("last_name"),
						rs.getString("title"), rs.getString("email"), rs.getString("phone"),
						rs.wasNull() ? null : organisation);
			})
			.optional();
	}

	private static PersonName name(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long organisation = rs.getLong("organisation_id");
		return new PersonName(rs.getLong("id"), rs.getString("first_name") + " " + rs.getString("last_name"),
				rs.wasNull() ? null : organisation);
	}

	/** People not erased, for the start page. */
	public long countNotErased() {
		return jdbc.sql("select count(*) from person where erased_at is null").query(Long.class).single();
	}

	// demo data (se.regionrum.actors.demo): people as the data set has them, matched by e-mail

	/** Every e-mail address in lower case, erased people's included. */
	public List<String> lowerCaseEmails() {
		return jdbc.sql("select lower(email) from person where email is not null").query(String.class).list();
	}

	/** The people who are not erased, by their e-mail address as stored. */
	public Map<String, Long> activeIdsByEmail() {
		Map<String, Long> ids = new LinkedHashMap<>();
		jdbc.sql("select id, email from person where email is not null and erased_at is null").query(rs -> {
			ids.put(rs.getString(2), rs.getLong(1));
		});
		return ids;
	}

	/**
	 * Writes a person of the demo data set with their sectors, bypassing {@link PersonService}: the
	 * data set's consent dates lie in the past, and the loader audits the whole set as one import.
	 * Returns the new id.
	 */
	public long insertDemoPerson(Person person, Collection<Sector> sectors) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into person (first_name, last_name, email, phone, organisation_id, title, resource_person,
				                    competence_areas, consent_given, consent_date, consent_purpose, created_at, updated_at)
				values (:firstName, :lastName, :email, :phone, :organisationId, :title, :resourcePerson,
				        :competenceAreas, :consentGiven, :consentDate, :consentPurpose, :createdAt, :updatedAt)""")
			.param("firstName", person.firstName())
			.param("lastName", person.lastName())
			.param("email", person.email())
			.param("phone", person.phone())
			.param("organisationId", person.organisationId())
			.param("title", person.title())
			.param("resourcePerson", person.resourcePerson())
			.param("competenceAreas", person.competenceAreas())
			.param("consentGiven", person.consentGiven())
			.param("consentDate", person.consentDate() == null ? null : Date.valueOf(person.consentDate()))
			.param("consentPurpose", person.consentPurpose())
			.param("createdAt", Timestamp.from(person.createdAt()))
			.param("updatedAt", Timestamp.from(person.updatedAt()))
			.update(key, "id");
		long id = Objects.requireNonNull(key.getKey()).longValue();
		replaceSectors(id, sectors);
		return id;
	}

}
