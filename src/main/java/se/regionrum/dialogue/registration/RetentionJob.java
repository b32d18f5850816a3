package se.regionrum.dialogue.registration;

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

	private final RegistrationService registrations;

	private final int retentionDays;

	RetentionJob(RegistrationService registrations, @Value("${regionrum.dialogue.retention-days:365}") int retentionDays) {
		this.registrations = registrations;
		this.retentionDays = retentionDays;
	}

	@Scheduled(cron = "${regionrum.dialogue.retention-cron:0 15 3 * * *}", zone = "Europe/Stockholm")
	public int anonymiseExpired() {
		return SystemUser.call(
				() -> registrations.anonymiseEndedBefore(registrations.today().minusDays(retentionDays)));
	}

}
