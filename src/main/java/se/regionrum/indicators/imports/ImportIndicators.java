package se.regionrum.indicators.imports;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import se.regionrum.indicators.IndicatorRef;

/**
 * Creates the indicator of a Kolada KPI that an import brings metadata for, within the import's
 * transaction. A stop-gap of the imports: once the indicator feature offers a creating method that
 * joins the caller's transaction, this should call it instead (and audit there).
 */
@Component
class ImportIndicators {

	private final JdbcClient jdbc;

	ImportIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The indicators that have no values stored: an import inserts theirs instead of merging. */
	java.util.Set<Long> withoutValues() {
		return new java.util.HashSet<>(jdbc.sql("select i.id from indicator i where not exists "
				+ "(select 1 from indicator_value v where v.indicator_id = i.id)").query(Long.class).list());
	}

	long create(IndicatorRef indicator) {
		Timestamp now = Timestamp.from(Instant.now());
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into indicator (code, name, unit, description, source, source_id, source_contents,
				    higher_is_better, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(indicator.code(), indicator.name(), indicator.unit(), indicator.description(),
					indicator.source().name(), indicator.sourceId(), indicator.sourceContents(),
					indicator.higherIsBetter(), now, now)
			.update(key, "id");
		return key.getKey().longValue();
	}

}
