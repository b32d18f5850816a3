package se.regionrum.platform.audit;

import java.time.Instant;
import java.util.List;

/** One audited change, with the fields that changed. */
public record AuditEntry(long id, Instant occurredAt, String username, String entityType, String entityId,
		String action, String detail, List<FieldChange> changes) {

	public record FieldChange(String field, String oldValue, String newValue) {
	}

}
