package se.regionrum.platform.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.RegionClock;
import se.regionrum.platform.audit.AuditEntry.FieldChange;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores audit entries in the same transaction as the change they describe, so a change that
 * rolls back leaves no entry behind.
 */
@Service
public class JdbcAuditLog implements AuditLog {

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final Object[] NO_ARGUMENTS = {};

	private final JdbcClient jdbc;

	private final Permissions permissions;

	private final JsonMapper json;

	private final ZoneId zone = RegionClock.DEFAULT_ZONE;

	private final MessageSource messages;

	JdbcAuditLog(JdbcClient jdbc, Permissions permissions, JsonMapper json, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.permissions = permissions;
		this.json = json;
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
		jdbc.sql("update audit_entry set changes = null, detail_arguments = null where entity_type = ? and entity_id = ?")
			.params(entityType, entityId.toString())
			.update();
	}

	@Override
	public List<Entry> entriesAbout(String entityType, Object entityId) {
		return jdbc.sql("""
				select occurred_at, username, action, detail, detail_arguments, changes from audit_entry
				where entity_type = ? and entity_id = ? order by occurred_at, id""")
			.params(entityType, entityId.toString())
			.query((rs, n) -> new Entry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
					AuditAction.valueOf(rs.getString("action")), detailText(rs.getString("detail"), rs.getString("detail_arguments")),
					parse(rs.getString("changes")).stream()
						.map(c -> new Change(c.field(), c.oldValue(), c.newValue()))
						.toList()))
			.list();
	}

	public PageResult<AuditEntry> find(AuditFilter filter, int page, int size) {
		permissions.requireAdmin();
		StringBuilder where = new StringBuilder(" where 1=1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (hasText(filter.username())) {
			where.append(" and lower(username) = lower(:username)");
			params.put("username", filter.username().trim());
		}
		if (hasText(filter.entityType())) {
			where.append(" and entity_type = :entityType");
			params.put("entityType", filter.entityType());
		}
		if (hasText(filter.action())) {
			where.append(" and action = :action");
			params.put("action", filter.action());
		}
		if (hasText(filter.entityId())) {
			where.append(" and entity_id = :entityId");
			params.put("entityId", filter.entityId().trim());
		}
		if (filter.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		page = PageResult.clampPage(page, size, total);
		List<AuditEntry> items = jdbc
			.sql("select id, occurred_at, username, entity_type, entity_id, action, detail, detail_arguments, changes"
					+ " from audit_entry"
					+ where + " order by occurred_at desc, id desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("username"), rs.getString("entity_type"), rs.getString("entity_id"),
					rs.getString("action"), detailText(rs.getString("detail"), rs.getString("detail_arguments")),
					parse(rs.getString("changes"))))
			.list();
		return new PageResult<>(items, page, size, total);
	}

	public List<String> entityTypes() {
		permissions.requireAdmin();
		return jdbc.sql("select distinct entity_type from audit_entry order by entity_type").query(String.class).list();
	}

	private void insert(String entityType, Object entityId, AuditAction action, String detail,
			List<FieldChange> changes, Object[] arguments) {
		List<String> texts = new ArrayList<>();
		for (Object argument : arguments) {
			texts.add(String.valueOf(argument));
		}
		jdbc.sql("""
				insert into audit_entry (occurred_at, username, entity_type, entity_id, action, detail, changes,
				                         detail_arguments)
				values (:at, :username, :entityType, :entityId, :action, :detail, :changes, :arguments)""")
			.param("arguments", texts.isEmpty() ? null : json.writeValueAsString(texts))
			.param("at", Timestamp.from(Instant.now()))
			.param("username", permissions.actorName())
			.param("entityType", entityType)
			.param("entityId", entityId == null ? null : entityId.toString())
			.param("action", action.name())
			.param("detail", detail)
			.param("changes", changes.isEmpty() ? null : json.writeValueAsString(changes))
			.update();
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

	/** The detail in the reader's language; details written before they were message keys show as they are. */
	private String detailText(String detail, String arguments) {
		if (detail == null) {
			return null;
		}
		Object[] values = arguments == null ? NO_ARGUMENTS : json.readValue(arguments, STRINGS).toArray();
		return messages.getMessage(detail, values, detail, LocaleContextHolder.getLocale());
	}

	private List<FieldChange> parse(String changes) {
		return changes == null ? List.of() : json.readValue(changes, CHANGES);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
