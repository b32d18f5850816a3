package se.regionrum.initiatives.practice;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.regionrum.platform.RichText;

/**
 * The story of a practice case (praktikfall): one per initiative. Each text is Markdown source,
 * stored as typed and sanitised when it is rendered.
 */
@Table
public record PracticeStory(@Id Long id, @Version Long version, long initiativeId, String challenge, String actions,
		String participants, String obstacles, String results, String lessons, Instant createdAt, Instant updatedAt) {

	/** One part of the story as sanitised HTML for a page ({@code th:utext}); the part's name as in the record. */
	public String html(String part) {
		String text = switch (part) {
			case "challenge" -> challenge;
			case "actions" -> actions;
			case "participants" -> participants;
			case "obstacles" -> obstacles;
			case "results" -> results;
			case "lessons" -> lessons;
			default -> throw new IllegalArgumentException(part);
		};
		return text == null ? "" : RichText.toHtml(text);
	}

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
