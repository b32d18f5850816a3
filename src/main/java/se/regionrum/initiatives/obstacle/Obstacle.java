package se.regionrum.initiatives.obstacle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.regionrum.initiatives.initiative.InitiativePart;

/** A development obstacle (utvecklingshinder) of one initiative, with who can remove it and when its status changed. */
@Table
public record Obstacle(@Id Long id, @Version Long version, long initiativeId, ObstacleKind kind, String title,
		String description, ObstacleRemover remover, ObstacleStatus status, LocalDate identifiedOn,
		LocalDate handlingStartedOn, LocalDate removedOn, Instant createdAt, Instant updatedAt) implements InitiativePart {

	@Override
	public Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("initiativeId", initiativeId);
		values.put("kind", kind);
		values.put("title", title);
		values.put("description", description);
		values.put("remover", remover);
		values.put("status", status);
		values.put("identifiedOn", identifiedOn);
		values.put("handlingStartedOn", handlingStartedOn);
		values.put("removedOn", removedOn);
		return values;
	}

}
