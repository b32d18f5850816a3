package se.regionrum.indicators.pxweb;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.indicators.ValueStatus;
import se.regionrum.indicators.reading.CsvFiles;
import se.regionrum.indicators.reading.ValueImport;

/**
 * Reads SCB PxWebApi 2's CSV output with codes and texts: a header row, then one row per region,
 * year (and gender), with one value column per content, e.g. for TAB638
 * {@code region;år;Folkmängd} and {@code 2080 Falun;2024;59876}. Columns are found by their
 * header: region ('region', 'kommun', 'län'), year ('år', 'tid', 'year'), gender ('kön', 'kon');
 * every other column holds the values of one content. A value column is matched to the table's
 * indicator whose contents code is the header's first word ('BE0101N1 Folkmängd') or the whole
 * header, else to the table's only indicator. Missing values are empty or '..'. Problems name the
 * row (the header is row 1) and column.
 */
public final class ScbCsvReader {

	private static final Set<String> REGION = Set.of("region", "kommun", "län", "lan", "region code");

	private static final Set<String> YEAR = Set.of("år", "ar", "tid", "year", "period");

	private static final Set<String> GENDER = Set.of("kön", "kon", "sex", "gender");

	private final ValueImport target;

	private final String tableId;

	public ScbCsvReader(ValueImport target, String tableId) {
		this.target = target;
		this.tableId = tableId;
	}

	private record Content(int column, String header, long indicatorId) {
	}

	public void read(Reader reader) {
		try (CSVParser parser = CsvFiles.parser(reader)) {
			int region = -1;
			int year = -1;
			int gender = -1;
			List<Content> contents = new ArrayList<>();
			List<String> header = null;
			int row = 0;
			for (CSVRecord record : parser) {
				row++;
				if (header == null) {
					header = record.stream().map(String::strip).toList();
					List<Integer> valueColumns = new ArrayList<>();
					for (int i = 0; i < header.size(); i++) {
						String h = header.get(i).toLowerCase(Locale.ROOT);
						if (region < 0 && REGION.contains(h)) {
							region = i;
						}
						else if (year < 0 && YEAR.contains(h)) {
							year = i;
						}
						else if (gender < 0 && GENDER.contains(h)) {
							gender = i;
						}
						else {
							valueColumns.add(i);
						}
					}
					if (region < 0) {
						target.problem(1, "region", "indicatorimports.problem.csv.missingColumn", "region");
					}
					if (year < 0) {
						target.problem(1, "år", "indicatorimports.problem.csv.missingColumn", "år");
					}
					if (valueColumns.isEmpty()) {
						target.problem(1, null, "indicatorimports.problem.csv.noValueColumn");
					}
					List<Long> ofTable = target.indicatorsOfTable(tableId);
					for (int c : valueColumns) {
						String h = header.get(c);
						Long id = target.indicator(IndicatorSource.SCB, tableId, ScbCodes.firstToken(h))
							.or(() -> target.indicator(IndicatorSource.SCB, tableId, h))
							.orElse(ofTable.size() == 1 && valueColumns.size() == 1 ? ofTable.get(0) : null);
						if (id == null) {
							target.problem(1, h, "indicatorimports.problem.unknownContents", h, tableId);
						}
						else {
							contents.add(new Content(c, h, id));
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
				row(record, row, header, region, year, gender, contents);
			}
			if (header == null) {
				target.problem(0, null, "indicatorimports.problem.csv.empty");
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			target.problem(0, null, "indicatorimports.problem.csv.unreadable", String.valueOf(ex.getMessage()));
		}
	}

	private void row(CSVRecord record, int row, List<String> header, int regionColumn, int yearColumn,
			int genderColumn, List<Content> contents) {
		boolean ok = true;
		String area = ScbCodes.area(record.get(regionColumn));
		if (!target.knownArea(area)) {
			target.problem(row, header.get(regionColumn), "indicatorimports.problem.unknownArea",
					record.get(regionColumn).strip());
			ok = false;
		}
		Integer year = CsvFiles.year(record.get(yearColumn));
		if (year == null) {
			target.problem(row, header.get(yearColumn), "indicatorimports.problem.year", record.get(yearColumn).strip());
			ok = false;
		}
		Gender gender = Gender.T;
		if (genderColumn >= 0) {
			gender = ScbCodes.gender(record.get(genderColumn));
			if (gender == null) {
				target.problem(row, header.get(genderColumn), "indicatorimports.problem.gender",
						record.get(genderColumn).strip());
				ok = false;
			}
		}
		for (Content c : contents) {
			String text = record.get(c.column());
			Double value = null;
			if (!CsvFiles.missing(text)) {
				value = CsvFiles.number(text);
				if (value == null) {
					target.problem(row, c.header(), "indicatorimports.problem.notNumber", text.strip());
					continue;
				}
			}
			if (ok) {
				target.value(c.indicatorId(), area, year, gender, value, value == null ? ValueStatus.MISSING : ValueStatus.FINAL,
						row, c.header());
			}
		}
	}

}
