package se.regionrum.indicators.indicator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorSource;

/**
 * An indicator (nyckeltal): what is measured, in which unit, from which source. Its links to strategy
 * goals live in {@code indicator_goal} and are written through {@link IndicatorRepository} in the same transaction (an
 * explicit {@code @MappedCollection(idColumn = ...)} would be quoted and break on H2); its values are
 * written by {@link IndicatorValueQueries}.
 */
@Table
public record Indicator(@Id Long id, @Version Long version, String code, String name, String unit,
		String description, IndicatorSource source, String sourceId, String sourceContents, boolean higherIsBetter,
		Instant createdAt, Instant updatedAt) {

	IndicatorRef ref() {
		return new IndicatorRef(id, code, name, unit, description, source, sourceId, sourceContents, higherIsBetter);
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("code", code);
		values.put("name", name);
		values.put("unit", unit);
		values.put("description", description);
		values.put("source", source);
		values.put("sourceId", sourceId);
		values.put("sourceContents", sourceContents);
		values.put("higherIsBetter", higherIsBetter);
		return values;
	}

}
