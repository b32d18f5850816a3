package se.regionrum.dialogue.series;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of meeting series and their organisers; the rules are {@link SeriesService}'s. */
@Repository
class SeriesQueries {

	private final JdbcClient jdbc;

	SeriesQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All series by title, with their organisers. */
	List<Series> all() {
		return jdbc.sql("select * from meeting_series order by title").query(SeriesQueries::map).list().stream()
			.map(this::withOrganisers)
			.toList();
	}

	Optional<Series> find(long id) {
		return jdbc.sql("select * from meeting_series where id = ?").param(id).query(SeriesQueries::map).optional()
			.map(this::withOrganisers);
	}

	long insert(SeriesForm form) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into meeting_series (kind, title, description, purpose, target_group, published, publish_at,
				  registration_deadline, capacity, per_organisation_limit, series_registration_only, waiting_list,
				  created_at, updated_at)
				values (:kind, :title, :description, :purpose, :targetGroup, :published, :publishAt, :deadline,
				  :capacity, :limit, :seriesOnly, :waitingList, :now, :now)""")
			.params(params(form))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		saveOrganisers(id, form.getOrganiserIds());
		return id;
	}

	void update(long id, SeriesForm form) {
		jdbc.sql("""
				update meeting_series set kind = :kind, title = :title, description = :description, purpose = :purpose,
				  target_group = :targetGroup, published = :published, publish_at = :publishAt,
				  registration_deadline = :deadline, capacity = :capacity, per_organisation_limit = :limit,
				  series_registration_only = :seriesOnly, waiting_list = :waitingList, updated_at = :now
				where id = :id""")
			.params(params(form))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("id", id)
			.update();
		saveOrganisers(id, form.getOrganiserIds());
	}

	void delete(long id) {
		jdbc.sql("delete from meeting_series where id = ?").param(id).update();
	}

	private void saveOrganisers(long id, List<Long> organiserIds) {
		jdbc.sql("delete from meeting_series_organiser where series_id = ?").param(id).update();
		for (Long organisation : organiserIds.stream().distinct().toList()) {
			jdbc.sql("insert into meeting_series_organiser (series_id, organisation_id) values (?, ?)")
				.params(id, organisation)
				.update();
		}
	}

	private static Map<String, Object> params(SeriesForm form) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("kind", form.getKind().name());
		p.put("title", form.getTitle().strip());
		p.put("description", SeriesService.blankToNull(form.getDescription()));
		p.put("purpose", SeriesService.blankToNull(form.getPurpose()));
		p.put("targetGroup", SeriesService.blankToNull(form.getTargetGroup()));
		p.put("published", form.isPublished());
		p.put("publishAt", form.getPublishAt() == null ? null
				: form.getPublishAt().atZone(Series.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		p.put("deadline", form.getRegistrationDeadline());
		p.put("capacity", form.getCapacity());
		p.put("limit", form.getPerOrganisationLimit());
		p.put("seriesOnly", form.isSeriesRegistrationOnly());
		p.put("waitingList", form.isWaitingList());
		return p;
	}

	private Series withOrganisers(Series s) {
		List<Long> organisers = jdbc
			.sql("select organisation_id from meeting_series_organiser where series_id = ? order by organisation_id")
			.param(s.id())
			.query(Long.class)
			.list();
		return new Series(s.id(), s.kind(), s.title(), s.description(), s.purpose(), s.targetGroup(), s.published(),
				s.publishAt(), s.registrationDeadline(), s.capacity(), s.perOrganisationLimit(),
				s.seriesRegistrationOnly(), s.waitingList(), organisers);
	}

	private static Series map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime publishAt = rs.getObject("publish_at", OffsetDateTime.class);
		return new Series(rs.getLong("id"), SeriesKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("description"), rs.getString("purpose"), rs.getString("target_group"),
				rs.getBoolean("published"), publishAt == null ? null : publishAt.toInstant(),
				rs.getObject("registration_deadline", LocalDate.class), (Integer) rs.getObject("capacity", Integer.class),
				rs.getObject("per_organisation_limit", Integer.class), rs.getBoolean("series_registration_only"),
				rs.getBoolean("waiting_list"), List.of());
	}

}
