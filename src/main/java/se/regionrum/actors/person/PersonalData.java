package se.regionrum.actors.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.regionrum.platform.AuditLog;

/**
 * Everything Regionrum holds about one person (right of access, data portability): the
 * person's fields and sectors, their working-group memberships and what the audit log recorded
 * about them.
 */
public record PersonalData(Instant exportedAt, PersonData person, List<Membership> workingGroups,
		List<AuditLog.Entry> auditEntries) {

	public record PersonData(long id, String firstName, String lastName, String email, String phone,
			Long organisationId, String organisationName, String title, List<Sector> sectors, boolean resourcePerson,
			String competenceAreas, boolean consentGiven, LocalDate consentDate, String consentPurpose,
			Instant erasedAt, Instant createdAt, Instant updatedAt) {

		static PersonData of(PersonDetails details) {
			Person p = details.person();
			return new PersonData(p.id(), p.firstName(), p.lastName(), p.email(), p.phone(), p.organisationId(),
					details.organisationName(), p.title(), details.sortedSectors(), p.resourcePerson(),
					p.competenceAreas(), p.consentGiven(), p.consentDate(), p.consentPurpose(), p.erasedAt(),
					p.createdAt(), p.updatedAt());
		}

	}

}
