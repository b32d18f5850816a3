package se.regionrum.followup.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An activity under an action area: a meeting of the dialogue module ({@code meetingId}, kind
 * MEETING) or an activity of its own kind with date, place, participants and a short account.
 */
@Table
public record Activity(@Id Long id, @Version Long version, long programmeId, long actionAreaId, ActivityKind kind,
		String title, LocalDate activityDate, String place, Integer participants, String account, Long meetingId,
		Long seriesId, Instant createdAt, Instant updatedAt) {

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("programmeId", programmeId);
		values.put("actionAreaId", actionAreaId);
		values.put("kind", kind);
		values.put("title", title);
		values.put("activityDate", activityDate);
		values.put("place", place);
		values.put("participants", participants);
		values.put("account", account);
		values.put("meetingId", meetingId);
		values.put("seriesId", seriesId);
		return values;
	}

}
