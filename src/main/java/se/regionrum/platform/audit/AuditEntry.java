package se.regionrum.platform.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import se.regionrum.platform.RegionClock;

/** One audited change, with the fields that changed. */
public record AuditEntry(long id, Instant occurredAt, String username, String entityType, String entityId,
		String action, String detail, List<FieldChange> changes) {

	/** Regionrum serves Swedish regions: times are shown in Swedish time. */
	public ZonedDateTime localTime() {
		return occurredAt.atZone(SWEDISH_TIME);
	}

	static final ZoneId SWEDISH_TIME = RegionClock.DEFAULT_ZONE;

	public record FieldChange(String field, String oldValue, String newValue) {
	}

}
