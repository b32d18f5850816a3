package se.regionrum.followup.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A programme or project. Its goal links, partners, written results and lessons, measured
 * results and outcomes live in their own tables, read and written by {@link ProgrammeQueries}
 * in the same transaction as the programme.
 */
@Table
public record Programme(@Id Long id, @Version Long version, ProgrammeKind kind, String name, String summary,
		String purpose, String goals, LocalDate startDate, LocalDate endDate, ProgrammeStatus status,
		long ownerOrganisationId, Long contactPersonId, Long workingGroupId, String dissemination, boolean published,
		Instant createdAt, Instant updatedAt) {

	/** Whether a day lies within the programme's period (both ends included). */
	public boolean covers(LocalDate day) {
		return !day.isBefore(startDate) && !day.isAfter(endDate);
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("kind", kind);
		values.put("name", name);
		values.put("summary", summary);
		values.put("purpose", purpose);
		values.put("goals", goals);
		values.put("startDate", startDate);
		values.put("endDate", endDate);
		values.put("status", status);
		values.put("ownerOrganisationId", ownerOrganisationId);
		values.put("contactPersonId", contactPersonId);
		values.put("workingGroupId", workingGroupId);
		values.put("dissemination", dissemination);
		values.put("published", published);
		return values;
	}

}
