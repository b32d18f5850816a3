package se.regionrum.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Records who changed what, when, with old and new values. Every module writes its changes
 * through this API; the entries are browsed by administrators.
 * <p>
 * Values are given as field name → value maps; only fields whose value differs are stored.
 */
public interface AuditLog {

	void created(String entityType, Object entityId, Map<String, ?> values);

	void updated(String entityType, Object entityId, Map<String, ?> before, Map<String, ?> after);

	void deleted(String entityType, Object entityId, Map<String, ?> before);

	/**
	 * An event that is not a field change, such as a data export or an import. The detail is a
	 * message key (so the log reads in the reader's language) with its arguments.
	 */
	void event(String entityType, Object entityId, AuditAction action, String detailKey, Object... arguments);

	/**
	 * Removes the old and new values recorded for an entity (who changed it and when stay), for
	 * a person whose data is erased on request.
	 */
	void forgetValues(String entityType, Object entityId);

	/**
	 * What was recorded about one entity, oldest first, for example for a person's data export.
	 * No permission check: the caller decides who may see it.
	 */
	List<Entry> entriesAbout(String entityType, Object entityId);

	/** One recorded change or event, as other modules see it. */
	record Entry(Instant occurredAt, String username, AuditAction action, String detail, List<Change> changes) {
	}

	/** One field's old and new value ({@code null} when absent or forgotten). */
	record Change(String field, String oldValue, String newValue) {
	}

}
