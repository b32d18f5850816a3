package se.regionrum.strategy.strategy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import se.regionrum.platform.CsvExport;

/** Strategies as CSV, the columns a spreadsheet user expects. */
@Component
class StrategyCsv {

	static final List<String> COLUMNS = List.of("id", "name", "kind", "owner", "period_start", "period_end", "status",
			"adopted_on", "published", "goals");

	void export(List<StrategySummary> strategies, OutputStream out) throws IOException {
		List<List<?>> rows = new ArrayList<>();
		for (StrategySummary s : strategies) {
			rows.add(Arrays.asList(s.id(), s.name(), s.kind(), s.ownerName(), s.periodStart(), s.periodEnd(), s.status(),
					s.adoptedOn(), s.published(), s.goalCount()));
		}
		CsvExport.write(out, COLUMNS, rows);
	}

}
