package se.regionrum.followup.programme;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Budget and expenditure of one year and cost kind, in whole kronor. */
@Table
public record CostLine(@Id Long id, @Version Long version, long programmeId, int costYear, long costKindId,
		long budget, long spent, String note, Instant createdAt, Instant updatedAt) {

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("programmeId", programmeId);
		values.put("costYear", costYear);
		values.put("costKindId", costKindId);
		values.put("budget", budget);
		values.put("spent", spent);
		values.put("note", note);
		return values;
	}

}
