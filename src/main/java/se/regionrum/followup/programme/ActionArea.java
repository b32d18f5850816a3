package se.regionrum.followup.programme;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An action area (insatsområde) of a programme, in its order. */
@Table
public record ActionArea(@Id Long id, @Version Long version, long programmeId, int position, String name,
		String description) {

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("programmeId", programmeId);
		values.put("position", position);
		values.put("name", name);
		values.put("description", description);
		return values;
	}

}
