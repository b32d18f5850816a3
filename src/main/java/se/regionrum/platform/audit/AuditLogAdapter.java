package se.regionrum.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.audit.AuditEntry.FieldChange;

/**
 * Stores audit entries in the same transaction as the change they describe, so a change that
 * rolls back leaves no entry behind.
 */
@Component
class AuditLogAdapter implements AuditLog {

	private static final Object[] NO_ARGUMENTS = {};

	private final AuditQueries queries;

	private final Permissions permissions;

	AuditLogAdapter(AuditQueries queries, Permissions permissions) {
		this.queries = queries;
		this.permissions = permissions;
	}

	@Override
	@Transactional
	public void created(String entityType, Object entityId, Map<String, ?> values) {
		insert(entityType, entityId, AuditAction.CREATE, null, diff(Map.of(), values), NO_ARGUMENTS);
	}

	@Override
	@Transactional
	public void updated(String entityType, Object entityId, Map<String, ?> before, Map<String, ?> after) {
		List<FieldChange> changes = diff(before, after);
		if (!changes.isEmpty()) {
			insert(entityType, entityId, AuditAction.UPDATE, null, changes, NO_ARGUMENTS);
		}
	}

	@Override
	@Transactional
	public void deleted(String entityType, Object entityId, Map<String, ?> before) {
		List<FieldChange> changes = new ArrayList<>();
		before.forEach((field, value) -> {
			if (value != null) {
				changes.add(new FieldChange(field, text(value), null));
			}
		});
		insert(entityType, entityId, AuditAction.DELETE, null, changes, NO_ARGUMENTS);
	}

	@Override
	@Transactional
	public void event(String entityType, Object entityId, AuditAction action, String detailKey, Object... arguments) {
		insert(entityType, entityId, action, detailKey, List.of(), arguments);
	}

	@Override
	@Transactional
	public void forgetValues(String entityType, Object entityId) {
		queries.deleteValues(entityType, entityId.toString());
	}

	@Override
	public List<Entry> entriesAbout(String entityType, Object entityId) {
		return queries.entriesAbout(entityType, entityId.toString());
	}

	private void insert(String entityType, Object entityId, AuditAction action, String detail,
			List<FieldChange> changes, Object[] arguments) {
		List<String> texts = new ArrayList<>();
		for (Object argument : arguments) {
			texts.add(String.valueOf(argument));
		}
		queries.insert(Instant.now(), permissions.actorName(), entityType, entityId == null ? null : entityId.toString(),
				action, detail, changes, texts);
	}

	static List<FieldChange> diff(Map<String, ?> before, Map<String, ?> after) {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			String oldValue = text(before.get(field));
			String newValue = text(after.get(field));
			if (!Objects.equals(oldValue, newValue)) {
				changes.add(new FieldChange(field, oldValue, newValue));
			}
		}
		return changes;
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = value instanceof Iterable<?> iterable ? String.join(", ", toStrings(iterable)) : value.toString();
		return text.isEmpty() ? null : text;
	}

	private static List<String> toStrings(Iterable<?> values) {
		List<String> strings = new ArrayList<>();
		values.forEach(v -> strings.add(String.valueOf(v)));
		return strings;
	}

}
