package se.regionrum.initiatives.practice;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The story of a practice case (praktikfall): one per initiative. Each text is Markdown source,
 * stored as typed and sanitised when it is rendered.
 */
@Table
public record PracticeStory(@Id Long id, @Version Long version, long initiativeId, String challenge, String actions,
		String participants, String obstacles, String results, String lessons, Instant createdAt, Instant updatedAt) {

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("initiativeId", initiativeId);
		values.put("challenge", challenge);
		values.put("actions", actions);
		values.put("participants", participants);
		values.put("obstacles", obstacles);
		values.put("results", results);
		values.put("lessons", lessons);
		return values;
	}

}
