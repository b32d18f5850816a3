package se.regionrum.strategy.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.regionrum.strategy.GoalLevel;

/**
 * A goal area, goal or long-term priority of a strategy. Goals are never deleted once in use:
 * they are retired, keeping their links (municipalities, issues, consultation stances) and history.
 */
@Table
public record Goal(@Id Long id, @Version Long version, Long strategyId, Long parentId, GoalLevel level, String code,
		String title, String description, int position, LocalDate retiredOn, String retireNote, Instant createdAt,
		Instant updatedAt) {

	public boolean retired() {
		return retiredOn != null;
	}

	/** "1.2 Title", as lists show a goal. */
	public String label() {
		return code == null || code.isBlank() ? title : code + " " + title;
	}

	Goal withPosition(int newPosition) {
		return new Goal(id, version, strategyId, parentId, level, code, title, description, newPosition, retiredOn,
				retireNote, createdAt, Instant.now());
	}

	Goal retiredAs(LocalDate on, String note) {
		return new Goal(id, version, strategyId, parentId, level, code, title, description, position, on, note,
				createdAt, Instant.now());
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("strategyId", strategyId);
		values.put("parentId", parentId);
		values.put("level", level);
		values.put("code", code);
		values.put("title", title);
		values.put("description", description);
		values.put("position", position);
		values.put("retiredOn", retiredOn);
		values.put("retireNote", retireNote);
		return values;
	}

}
