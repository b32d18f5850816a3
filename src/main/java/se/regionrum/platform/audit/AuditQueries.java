package se.regionrum.platform.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog.Change;
import se.regionrum.platform.AuditLog.Entry;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.RegionClock;
import se.regionrum.platform.audit.AuditEntry.FieldChange;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit_entry table: entries written with their changes and arguments as JSON, read back with
 * their detail in the reader's language.
 */
@Repository
class AuditQueries {

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final Object[] NO_ARGUMENTS = {};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ZoneId zone = RegionClock.DEFAULT_ZONE;

	private final MessageSource messages;

	AuditQueries(JdbcClient jdbc, JsonMapper json, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.json = json;
	}

	void insert(Instant at, String username, String entityType, String entityId, AuditAction action, String detail,
			List<FieldChange> changes, List<String> arguments) {
		jdbc.sql("""
				insert into audit_entry (occurred_at, username, entity_type, entity_id, action, detail, changes,
				                         detail_arguments)
				values (:at, :username, :entityType, :entityId, :action, :detail, :changes, :arguments)""")
			.param("arguments", arguments.isEmpty() ? null : json.writeValueAsString(arguments))
			.param("at", Timestamp.from(at))
			.param("username", username)
			.param("entityType", entityType)
			.param("entityId", entityId)
			.param("action", action.name())
			.param("detail", detail)
			.param("changes", changes.isEmpty() ? null : json.writeValueAsString(changes))
			.update();
	}

	/** Removes the recorded old and new values and the detail's arguments of every entry about the record. */
	void deleteValues(String entityType, String entityId) {
		jdbc.sql("update audit_entry set changes = null, detail_arguments = null where entity_type = ? and entity_id = ?")
			.params(entityType, entityId)
			.update();
	}

	List<Entry> entriesAbout(String entityType, String entityId) {
		return jdbc.sql("""
				select occurred_at, username, action, detail, detail_arguments, changes from audit_entry
				where entity_type = ? and entity_id = ? order by occurred_at, id""")
			.params(entityType, entityId)
			.query((rs, n) -> new Entry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
					AuditAction.valueOf(rs.getString("action")), detailText(rs.getString("detail"), rs.getString("detail_arguments")),
					parse(rs.getString("changes")).stream()
						.map(c -> new Change(c.field(), c.oldValue(), c.newValue()))
						.toList()))
			.list();
	}

	PageResult<AuditEntry> find(AuditFilter filter, int page, int size) {
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

	List<String> entityTypes() {
		return jdbc.sql("select distinct entity_type from audit_entry order by entity_type").query(String.class).list();
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
