package se.regionrum.followup.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A mid-term or final evaluation: the surveys it used (dialogue module, in
 * {@code evaluation_survey}), the meeting where it was made, and a written assessment of what
 * needs to change in the way of working and content.
 */
@Table
public record Evaluation(@Id Long id, @Version Long version, long programmeId, EvaluationKind kind, String title,
		LocalDate evaluatedOn, Long meetingId, String assessment, Instant createdAt, Instant updatedAt) {

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("programmeId", programmeId);
		values.put("kind", kind);
		values.put("title", title);
		values.put("evaluatedOn", evaluatedOn);
		values.put("meetingId", meetingId);
		values.put("assessment", assessment);
		return values;
	}

}
