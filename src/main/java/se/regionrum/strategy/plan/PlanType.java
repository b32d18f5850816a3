package se.regionrum.strategy.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A kind of municipal plan (översiktsplan, serviceplan …). The list is data that administrators
 * keep, each kind with its rule for how long a plan counts as current.
 *
 * @param pluralName the plural as it reads in "14 av 15 kommuner har aktuella serviceplaner"
 * @param validityYears years after adoption a plan of this kind counts as current; {@code null}: always
 */
@Table
public record PlanType(@Id Long id, @Version Long version, String code, String name, String nameEn,
		String pluralName, String pluralNameEn, Integer validityYears, int position, String description, boolean active, Instant createdAt,
		Instant updatedAt) {

	/** The name in the visitor's language: the English name when there is one and English is chosen. */
	public String displayName(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
	}

	/** The plural in the visitor's language, lower case, or {@code null} when none is given. */
	public String displayPlural(Locale locale) {
		String plural = locale != null && "en".equals(locale.getLanguage()) ? pluralNameEn : pluralName;
		return plural == null || plural.isBlank() ? null : plural;
	}

	/** The day a plan of this kind adopted on the given day stops counting as current; {@code null}: never. */
	public LocalDate expiry(LocalDate adoptedOn) {
		return validityYears == null || adoptedOn == null ? null : adoptedOn.plusYears(validityYears);
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("code", code);
		values.put("name", name);
		values.put("nameEn", nameEn);
		values.put("pluralName", pluralName);
		values.put("pluralNameEn", pluralNameEn);
		values.put("validityYears", validityYears);
		values.put("position", position);
		values.put("description", description);
		values.put("active", active);
		return values;
	}

}
