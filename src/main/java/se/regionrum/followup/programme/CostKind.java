package se.regionrum.followup.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A kind of cost (personal, externa tjänster, resor …): data, so a region can add its own. */
@Table
public record CostKind(@Id Long id, String code, String name, String nameEn, int position, boolean active) {

	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
	}

}
