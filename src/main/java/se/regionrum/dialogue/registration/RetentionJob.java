package se.regionrum.dialogue.registration;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.regionrum.platform.SystemUser;

/**
 * Anonymises registrations once their meeting ended more than
 * {@code regionrum.dialogue.retention-days} (default 365) days ago. Runs nightly
 * ({@code regionrum.dialogue.retention-cron}, in the region's time zone) as the recurring job
 * {@value #TASK_NAME} ({@link RetentionSchedule}): once per cluster, on whichever server claims it,
 * so that several servers do not anonymise (and audit) the same night twice. Each run leaves one
 * audit entry, also when it found nothing to anonymise.
 */
@Component
public class RetentionJob {

	/** The name of the recurring job in {@code scheduled_tasks}. */
	static final String TASK_NAME = "dialogue-retention";

	private final PersonalDataService personalData;

	private final int retentionDays;

	private final Clock clock;

	RetentionJob(PersonalDataService personalData, @Value("${regionrum.dialogue.retention-days:365}") int retentionDays,
			Clock clock) {
		this.personalData = personalData;
		this.clock = clock;
		this.retentionDays = retentionDays;
	}

	/** Anonymises now what is past retention; the number of registrations anonymised. */
	public int anonymiseExpired() {
		return SystemUser.call(
				() -> personalData.anonymiseEndedBefore(LocalDate.now(clock).minusDays(retentionDays)));
	}

}
