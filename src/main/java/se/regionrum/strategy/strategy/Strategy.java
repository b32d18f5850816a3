package se.regionrum.strategy.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.regionrum.strategy.StrategyKind;
import se.regionrum.strategy.StrategyStatus;

/**
 * A development strategy: the region's (RUS) or a municipality's. It belongs to its owner
 * organisation, whose editors change it; anonymous visitors see it once it is published.
 *
 * @param revisesId the strategy this one is a revision of, if any
 */
@Table
public record Strategy(@Id Long id, @Version Long version, String name, StrategyKind kind, Long ownerOrganisationId,
		Integer periodStart, Integer periodEnd, StrategyStatus status, LocalDate adoptedOn, String documentUrl,
		String description, boolean published, Long revisesId, Instant createdAt, Instant updatedAt) {

	/** "2021–2030", or what part of it is known. */
	public String period() {
		if (periodStart == null && periodEnd == null) {
			return "";
		}
		return (periodStart == null ? "" : periodStart.toString()) + "–" + (periodEnd == null ? "" : periodEnd.toString());
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", name);
		values.put("kind", kind);
		values.put("ownerOrganisationId", ownerOrganisationId);
		values.put("periodStart", periodStart);
		values.put("periodEnd", periodEnd);
		values.put("status", status);
		values.put("adoptedOn", adoptedOn);
		values.put("documentUrl", documentUrl);
		values.put("description", description);
		values.put("published", published);
		values.put("revisesId", revisesId);
		return values;
	}

}
