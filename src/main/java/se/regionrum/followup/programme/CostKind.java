package se.regionrum.followup.programme;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A kind of cost (personal, externa tjänster, resor …): data, so a region can add its own.
 * Administrators manage them ({@link CostKindService}); an inactive kind is no longer offered for
 * new cost lines, but the lines that use it keep it and reports still show it.
 */
@Table
public record CostKind(@Id Long id, String code, String name, String nameEn, int position, boolean active) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("code", code);
		values.put("name", name);
		values.put("nameEn", nameEn);
		values.put("position", position);
		values.put("active", active);
		return values;
	}

}
