package se.regionrum.initiatives.initiative;

import java.time.Instant;
import java.util.Map;

/** A record that belongs to one initiative, such as an obstacle or a funding line. */
public interface InitiativePart {

	Long id();

	Long version();

	long initiativeId();

	Instant createdAt();

	/** The values the audit log records of a change. */
	Map<String, Object> auditValues();

}
