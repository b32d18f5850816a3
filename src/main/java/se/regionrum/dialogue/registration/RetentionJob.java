package se.regionrum.dialogue.registration;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.regionrum.platform.SystemUser;

/**
 * Anonymises registrations once their meeting ended more than
 * {@code regionrum.dialogue.retention-days} (default 365) days ago. Runs nightly.
 */
@Component
public class RetentionJob {

	private final PersonalDataService personalData;

	private final int retentionDays;

	private final Clock clock;

	RetentionJob(PersonalDataService personalData, @Value("${regionrum.dialogue.retention-days:365}") int retentionDays,
			Clock clock) {
		this.personalData = personalData;
		this.clock = clock;
		this.retentionDays = retentionDays;
	}

	@Scheduled(cron = "${regionrum.dialogue.retention-cron:0 15 3 * * *}", zone = "Europe/Stockholm")
	public int anonymiseExpired() {
		return SystemUser.call(
				() -> personalData.anonymiseEndedBefore(LocalDate.now(clock).minusDays(retentionDays)));
	}

}
