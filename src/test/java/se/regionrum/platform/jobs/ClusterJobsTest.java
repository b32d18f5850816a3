package se.regionrum.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.platform.RecurringJobs;

/**
 * The platform's work that runs once per cluster instead of on every server: deleting expired web
 * sessions and delivering again the module events whose listener did not complete.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClusterJobsTest {

	/** An event no listener of the application takes: a resubmission finds no listener and fails it again. */
	record Unheard(String text) {
	}

	@Autowired
	JdbcClient jdbc;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void forgetPublications() {
		jdbc.sql("delete from event_publication where listener_id = ?").param(listener()).update();
	}

	private String listener() {
		return "cluster-jobs-test-" + run;
	}

	private String session(String id, Instant expiry) {
		jdbc.sql("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time,
				    max_inactive_interval, expiry_time)
				values (?, ?, ?, ?, 1800, ?)""")
			.params(id, UUID.randomUUID().toString(), expiry.toEpochMilli() - 1_800_000, expiry.toEpochMilli() - 1_800_000,
					expiry.toEpochMilli())
			.update();
		return id;
	}

	private boolean sessionExists(String id) {
		return jdbc.sql("select count(*) from spring_session where primary_id = ?").param(id).query(Integer.class).single() == 1;
	}

	@Test
	void expiredSessionsAreDeletedByTheClusterJob() {
		String expired = session(UUID.randomUUID().toString(), Instant.now().minusSeconds(60));
		String live = session(UUID.randomUUID().toString(), Instant.now().plusSeconds(1_800));

		assertThat(RecurringJobs.runNow(jdbc, SessionCleanup.TASK_NAME)).isTrue();

		assertThat(sessionExists(expired)).isFalse();
		assertThat(sessionExists(live)).isTrue();
		jdbc.sql("delete from spring_session where primary_id = ?").param(live).update();
	}

	private UUID publication(String status, Duration age, Duration sinceResubmission) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				    status, completion_attempts, last_resubmission_date)
				values (?, ?, ?, ?, ?, ?, 1, ?)""")
			.params(id, listener(), Unheard.class.getName(), "{\"text\":\"" + run + "\"}", Timestamp.from(now.minus(age)),
					status, sinceResubmission == null ? null : Timestamp.from(now.minus(sinceResubmission)))
			.update();
		return id;
	}

	private int attempts(UUID id) {
		return jdbc.sql("select completion_attempts from event_publication where id = ?").param(id).query(Integer.class).single();
	}

	@Test
	void eventsNotCompletedInTimeAreDeliveredAgainByTheClusterJob() {
		UUID failedLongAgo = publication("FAILED", Duration.ofMinutes(10), null);
		UUID stuckInResubmission = publication("RESUBMITTED", Duration.ofMinutes(30), Duration.ofMinutes(10));
		UUID failedJustNow = publication("FAILED", Duration.ofSeconds(5), null);
		UUID resubmittedJustNow = publication("FAILED", Duration.ofMinutes(30), Duration.ofSeconds(5));

		assertThat(RecurringJobs.runNow(jdbc, EventResubmission.TASK_NAME)).isTrue();

		// delivered again (and, with no listener for them, failed again)
		assertThat(attempts(failedLongAgo)).isEqualTo(2);
		assertThat(attempts(stuckInResubmission)).isEqualTo(2);
		// their listener may still be at work, or was given its new chance a moment ago
		assertThat(attempts(failedJustNow)).isEqualTo(1);
		assertThat(attempts(resubmittedJustNow)).isEqualTo(1);
	}

}
