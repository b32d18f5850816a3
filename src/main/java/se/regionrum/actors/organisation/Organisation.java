package se.regionrum.actors.organisation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.regionrum.actors.OrganisationKind;

/**
 * An actor: the region, a municipality (with its SCB code and county code), an agency, a
 * company, an association … Municipalities also carry population and their central town,
 * which places them on the map before boundaries are imported.
 */
@Table
public record Organisation(@Id Long id, @Version Long version, String name, OrganisationKind kind, String orgNumber,
		String scbCode, String countyCode, Integer population, Integer populationYear, String centralTown,
		Double townLatitude, Double townLongitude, String website, String email, String phone, String description,
		Instant createdAt, Instant updatedAt) {

	boolean hasTown() {
		return townLatitude != null && townLongitude != null;
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", name);
		values.put("kind", kind);
		values.put("orgNumber", orgNumber);
		values.put("scbCode", scbCode);
		values.put("countyCode", countyCode);
		values.put("population", population);
		values.put("populationYear", populationYear);
		values.put("centralTown", centralTown);
		values.put("townLatitude", townLatitude);
		values.put("townLongitude", townLongitude);
		values.put("website", website);
		values.put("email", email);
		values.put("phone", phone);
		values.put("description", description);
		return values;
	}

}
