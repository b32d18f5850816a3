package se.regionrum.indicators.flow;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.regionrum.indicators.Gender;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.TextEncoding;

/**
 * Reads SCB's commuting table (TAB1830) as PxWeb writes it to CSV: a header row, columns for
 * Bostadskommun and Arbetsställekommun (codes, "code name" or names), Kön, and either a year column
 * with one count column (long layout) or one count column per year, named by the year ("2021",
 * "Antal 2021"; wide layout). Semicolons, commas or tabs between fields, whichever the header uses.
 * Rows are numbered as a spreadsheet numbers them (the header is row 1); lines before the header
 * (a table title) are skipped.
 */
final class FlowCsvReader {

	private static final Pattern YEAR_HEADER = Pattern.compile("(?:^|\\D)((?:19|20)\\d{2})$");

	private final FlowCodes codes;

	FlowCsvReader(FlowCodes codes) {
		this.codes = codes;
	}

	List<ParsedFlow> read(byte[] content, FlowEncoding encoding) {
		String text = decode(content, encoding);
		if (text.isBlank()) {
			throw new ImportRejectedException(List.of(ImportProblem.ofFile("import.csv.empty")));
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
		FlowCollector collector = new FlowCollector();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Layout layout = null;
			int row = 0;
			for (CSVRecord record : parser) {
				row++;
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (layout == null) {
					if (record.size() < 3) {
						continue; // a title line above the header
					}
					layout = Layout.of(record.stream().toList(), row);
					continue;
				}
				if (record.size() != layout.header.size()) {
					collector.problem(row, null, "import.csv.wrongFieldCount", record.size(), layout.header.size());
				}
				else {
					readRow(record, row, layout, collector);
				}
				if (collector.full()) {
					break;
				}
			}
			if (layout == null) {
				throw new ImportRejectedException(List.of(ImportProblem.ofFile("flows.import.noHeader")));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new ImportRejectedException(
					List.of(ImportProblem.ofFile("import.csv.unreadable", String.valueOf(ex.getMessage()))));
		}
		return collector.result();
	}

	private void readRow(CSVRecord record, int row, Layout layout, FlowCollector collector) {
		String home = codes.area(record.get(layout.home));
		if (home == null) {
			collector.problem(row, layout.header.get(layout.home), "flows.import.unknownArea", record.get(layout.home).strip());
		}
		String work = codes.area(record.get(layout.work));
		if (work == null) {
			collector.problem(row, layout.header.get(layout.work), "flows.import.unknownArea", record.get(layout.work).strip());
		}
		Gender gender = Gender.T;
		if (layout.gender >= 0) {
			gender = FlowCodes.gender(record.get(layout.gender));
			if (gender == null) {
				collector.problem(row, layout.header.get(layout.gender), "flows.import.unknownGender",
						record.get(layout.gender).strip());
			}
		}
		Map<Integer, Integer> valueColumns = new LinkedHashMap<>();
		if (layout.year >= 0) {
			Integer year = collector.year(record.get(layout.year), row, layout.header.get(layout.year));
			if (year != null) {
				valueColumns.put(layout.value, year);
			}
		}
		else {
			valueColumns.putAll(layout.yearColumns);
		}
		for (Map.Entry<Integer, Integer> e : valueColumns.entrySet()) {
			String column = layout.header.get(e.getKey());
			Integer persons = collector.persons(record.get(e.getKey()), row, column);
			if (persons != null && persons >= 0 && home != null && work != null && gender != null) {
				collector.add(home, work, e.getValue(), gender, persons, row, column);
			}
		}
	}

	/** Where the columns are, found from the header's names. */
	private record Layout(List<String> header, int home, int work, int gender, int year, int value,
			Map<Integer, Integer> yearColumns) {

		static Layout of(List<String> names, int row) {
			List<String> header = names.stream().map(String::strip).toList();
			int home = -1;
			int work = -1;
			int gender = -1;
			int year = -1;
			List<Integer> others = new ArrayList<>();
			Map<Integer, Integer> yearColumns = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				String h = FlowCodes.fold(header.get(i));
				Matcher m = YEAR_HEADER.matcher(h);
				if (h.contains("bostad") || h.startsWith("home")) {
					home = i;
				}
				else if (h.contains("arbetsst") || h.startsWith("work")) {
					work = i;
				}
				else if (h.startsWith("kon") || h.equals("gender") || h.equals("sex")) {
					gender = i;
				}
				else if (h.equals("ar") || h.equals("year") || h.equals("tid") || h.equals("period")) {
					year = i;
				}
				else if (m.find()) {
					yearColumns.put(i, Integer.valueOf(m.group(1)));
				}
				else {
					others.add(i);
				}
			}
			List<ImportProblem> problems = new ArrayList<>();
			if (home < 0) {
				problems.add(new ImportProblem(row, "Bostadskommun", "import.csv.missingColumn", "Bostadskommun"));
			}
			if (work < 0) {
				problems.add(new ImportProblem(row, "Arbetsställekommun", "import.csv.missingColumn", "Arbetsställekommun"));
			}
			int value = -1;
			if (year >= 0) {
				value = valueColumn(header, others);
				if (value < 0) {
					problems.add(new ImportProblem(row, header.get(year), "flows.import.noValueColumn"));
				}
			}
			else if (yearColumns.isEmpty()) {
				problems.add(new ImportProblem(row, "år", "flows.import.noYear"));
			}
			if (!problems.isEmpty()) {
				throw new ImportRejectedException(problems);
			}
			return new Layout(header, home, work, gender, year, value, yearColumns);
		}

		/** The one other column, or the one among several that is named as a count. */
		private static int valueColumn(List<String> header, List<Integer> others) {
			if (others.size() == 1) {
				return others.get(0);
			}
			List<Integer> named = others.stream().filter(i -> {
				String h = FlowCodes.fold(header.get(i));
				return h.contains("antal") || h.contains("persons") || h.contains("count") || h.contains("value")
						|| h.contains("pendl") || h.contains("forvarvsarbetande");
			}).toList();
			return named.size() == 1 ? named.get(0) : -1;
		}

	}

	/** The text of the file in the chosen encoding; AUTO reads valid UTF-8 as such, anything else as ISO-8859-1. */
	static String decode(byte[] content, FlowEncoding encoding) {
		return switch (encoding == null ? FlowEncoding.AUTO : encoding) {
			case ISO_8859_1 -> new String(content, StandardCharsets.ISO_8859_1);
			case UTF_8 -> TextEncoding.utf8(content)
				.orElseThrow(() -> new ImportRejectedException(List.of(ImportProblem.ofFile("flows.import.notUtf8"))));
			case AUTO -> TextEncoding.utf8OrLatin1(content);
		};
	}

	/** The separator of the line with the most separators among the first ten (a title line above the header has few). */
	private static char delimiter(String text) {
		char best = ';';
		long most = 0;
		for (String line : text.lines().filter(l -> !l.isBlank()).limit(10).toList()) {
			for (char c : new char[] { ';', '\t', ',' }) {
				long count = line.chars().filter(ch -> ch == c).count();
				if (count > most) {
					most = count;
					best = c;
				}
			}
		}
		return best;
	}

}
