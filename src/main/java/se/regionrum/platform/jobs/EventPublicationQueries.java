package se.regionrum.platform.jobs;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The event publication registry's table (Spring Modulith, V39) where Spring Modulith's API does not
 * reach: a publication it marked "resubmitted" and whose new delivery never ended (the server stopped)
 * would never be resubmitted again.
 */
@Repository
class EventPublicationQueries {

	private final JdbcClient jdbc;

	EventPublicationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks failed the publications resubmitted before {@code before} and still not completed. */
	int updateStaleResubmissionsToFailed(Instant before) {
		return jdbc.sql("""
				update event_publication set status = 'FAILED'
				where status = 'RESUBMITTED' and completion_date is null and last_resubmission_date < ?""")
			.param(Timestamp.from(before))
			.update();
	}

}
