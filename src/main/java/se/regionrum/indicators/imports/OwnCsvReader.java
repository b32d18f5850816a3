package se.regionrum.indicators.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.ValueStatus;
import se.regionrum.indicators.reading.CsvFiles;
import se.regionrum.indicators.reading.ValueImport;

/**
 * Reads the region's own figures from the CSV template {@code area_code;year;value;gender} into one
 * indicator: gender optional (T when the column or cell is empty), value with a decimal comma or
 * point, an empty value is missing. Problems name the row (header 1) and column.
 */
final class OwnCsvReader {

	static final String TEMPLATE = "area_code;year;value;gender\n2080;2024;12,5;T\n2080;2024;13,1;K\n2080;2024;11,9;M\n2021;2024;;T\n";

	private final ValueImport target;

	private final long indicatorId;

	OwnCsvReader(ValueImport target, long indicatorId) {
		this.target = target;
		this.indicatorId = indicatorId;
	}

	void read(Reader reader) {
		try (CSVParser parser = CsvFiles.parser(reader)) {
			List<String> header = null;
			int area = -1;
			int year = -1;
			int value = -1;
			int gender = -1;
			int row = 0;
			for (CSVRecord record : parser) {
				row++;
				if (header == null) {
					header = record.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
					area = header.indexOf("area_code");
					year = header.indexOf("year");
					value = header.indexOf("value");
					gender = header.indexOf("gender");
					for (String required : List.of("area_code", "year", "value")) {
						if (!header.contains(required)) {
							target.problem(1, required, "indicatorimports.problem.csv.missingColumn", required);
						}
					}
					if (target.hasProblems()) {
						return;
					}
					continue;
				}
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (record.size() != header.size()) {
					target.problem(row, null, "indicatorimports.problem.csv.fieldCount", record.size(), header.size());
					continue;
				}
				boolean ok = true;
				String code = record.get(area).strip();
				if (!target.knownArea(code)) {
					target.problem(row, "area_code", "indicatorimports.problem.unknownArea", code);
					ok = false;
				}
				Integer y = CsvFiles.year(record.get(year));
				if (y == null || record.get(year).strip().length() != 4) {
					target.problem(row, "year", "indicatorimports.problem.year", record.get(year).strip());
					ok = false;
				}
				Gender g = Gender.T;
				if (gender >= 0 && !record.get(gender).isBlank()) {
					g = Gender.ofCode(record.get(gender));
					if (g == null) {
						target.problem(row, "gender", "indicatorimports.problem.gender", record.get(gender).strip());
						ok = false;
					}
				}
				String text = record.get(value);
				Double v = null;
				if (!text.isBlank()) {
					v = CsvFiles.number(text);
					if (v == null) {
						target.problem(row, "value", "indicatorimports.problem.notNumber", text.strip());
						ok = false;
					}
				}
				if (ok) {
					target.value(indicatorId, code, y, g, v, v == null ? ValueStatus.MISSING : ValueStatus.FINAL, row,
							"area_code");
				}
			}
			if (header == null) {
				target.problem(0, null, "indicatorimports.problem.csv.empty");
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			target.problem(0, null, "indicatorimports.problem.csv.unreadable", String.valueOf(ex.getMessage()));
		}
	}

}
