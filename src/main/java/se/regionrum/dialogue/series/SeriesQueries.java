package se.regionrum.dialogue.series;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The list of meeting series and their organisers; a series is written and read by id through
 * {@link SeriesRepository}, the rules are {@link SeriesService}'s.
 */
@Repository
class SeriesQueries {

	private final JdbcClient jdbc;

	SeriesQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All series by title, with their organisers. */
	List<Series> all() {
		// the organisers of every series in one query, not one query a series
		Map<Long, List<Long>> organisers = new HashMap<>();
		jdbc.sql("select series_id, organisation_id from meeting_series_organiser order by organisation_id")
			.query((RowCallbackHandler) rs -> organisers.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(rs.getLong(2)));
		return jdbc.sql("select * from meeting_series order by title").query(SeriesQueries::map).list().stream()
			.map(s -> withOrganisers(s, organisers.getOrDefault(s.id(), List.of())))
			.toList();
	}

	/** The organisations organising the series, by id. */
	List<Long> organiserIds(long seriesId) {
		return jdbc
			.sql("select organisation_id from meeting_series_organiser where series_id = ? order by organisation_id")
			.param(seriesId)
			.query(Long.class)
			.list();
	}

	private static Series withOrganisers(Series s, List<Long> organiserIds) {
		return new Series(s.id(), s.kind(), s.title(), s.description(), s.purpose(), s.targetGroup(), s.published(),
				s.publishAt(), s.registrationDeadline(), s.capacity(), s.perOrganisationLimit(),
				s.seriesRegistrationOnly(), s.waitingList(), organiserIds);
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
