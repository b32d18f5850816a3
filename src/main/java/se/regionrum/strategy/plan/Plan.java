package se.regionrum.strategy.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A municipality's plan of one type, adopted on a day. It counts as current until its own end
 * date when it has one, else for as many years as its type says.
 */
@Table
public record Plan(@Id Long id, @Version Long version, Long organisationId, Long planTypeId, String title,
		LocalDate adoptedOn, LocalDate validUntil, String documentUrl, String note, Instant createdAt,
		Instant updatedAt) {

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("organisationId", organisationId);
		values.put("planTypeId", planTypeId);
		values.put("title", title);
		values.put("adoptedOn", adoptedOn);
		values.put("validUntil", validUntil);
		values.put("documentUrl", documentUrl);
		values.put("note", note);
		return values;
	}

}
