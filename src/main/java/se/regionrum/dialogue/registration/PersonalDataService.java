package se.regionrum.dialogue.registration;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.Permissions;

/**
 * Personal data in registrations: an administrator's export and erasure for one person (by e-mail),
 * and the anonymisation of registrations once their meeting is long over (see {@link RetentionJob}).
 * Anonymised rows stay, so that the counts of past meetings hold.
 */
@Service
public class PersonalDataService {

	/** The audit detail of one retention run (arguments: how many anonymised, the cut-off date). */
	static final String RETENTION_AUDIT = "dialogue.audit.retentionRun";

	private final RegistrationQueries queries;

	private final Permissions permissions;

	private final AuditLog audit;

	PersonalDataService(RegistrationQueries queries, Permissions permissions, AuditLog audit) {
		this.queries = queries;
		this.permissions = permissions;
		this.audit = audit;
	}

	/** A person's registrations by e-mail, for an administrator answering a request. */
	public List<Registration> ofPerson(String email) {
		permissions.requireAdmin();
		audit.event(RegistrationService.AUDIT_TYPE, null, AuditAction.EXPORT, "dialogue.audit.personExported");
		return queries.ofEmail(email.strip());
	}

	/** Erases a person's data from all their registrations (the rows stay, anonymised, for the counts). */
	@Transactional
	public int erasePerson(String email) {
		permissions.requireAdmin();
		int count = queries.anonymiseOfEmail(email.strip());
		audit.event(RegistrationService.AUDIT_TYPE, null, AuditAction.ERASE, "dialogue.audit.personErased");
		return count;
	}

	/**
	 * Anonymises the registrations of meetings that ended before the given date. Every run is audited,
	 * also one that found nothing: the log shows that retention ran, and how often.
	 */
	@Transactional
	public int anonymiseEndedBefore(LocalDate date) {
		int count = queries.anonymiseOfMeetingsBefore(date);
		audit.event(RegistrationService.AUDIT_TYPE, null, AuditAction.ERASE, RETENTION_AUDIT, count, date);
		return count;
	}

}
