package se.regionrum.platform.audit;

import java.time.LocalDate;

/** What an administrator narrows the audit log by; every part is optional. */
public record AuditFilter(String username, String entityType, String action, String entityId, LocalDate from,
		LocalDate to) {

	static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

}
