package se.regionrum.indicators.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import se.regionrum.indicators.Area;
import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.ValueStatus;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/**
 * What the readers of every format hand their values and problems to, during one import: it checks
 * areas and duplicates, resolves indicators by their source, writes values in batches while the file
 * is clean, and at the end either reports how many values it took or rejects the whole import with
 * every problem (the first {@value #MAX_PROBLEMS} of them, then how many more). The caller holds the
 * transaction, so that a rejection rolls back the batches already written.
 */
public final class ValueImport {

	/** Problems stored and shown; beyond them the import only counts. */
	public static final int MAX_PROBLEMS = 200;

	static final int BATCH = 5_000;

	/** Writes one batch of values; the caller's transaction holds them all. */
	@FunctionalInterface
	public interface BatchWriter {
		void write(List<IndicatorValue> values);
	}

	/** Makes an indicator for a Kolada KPI that the installation did not have; returns its id. */
	@FunctionalInterface
	public interface IndicatorMaker {
		long create(IndicatorRef indicator);
	}

	private final BatchWriter writer;

	private final IndicatorMaker maker;

	private final Map<String, Integer> areaIndex = new HashMap<>();

	private final Map<String, Long> indicators = new HashMap<>();

	private final Map<Long, String> indicatorCodes = new HashMap<>();

	private final List<IndicatorValue> batch = new ArrayList<>(BATCH);

	private final List<ImportProblem> problems = new ArrayList<>();

	private final LongKeySet seen = new LongKeySet(1 << 16);

	private int problemCount;

	private long valuesRead;

	private int created;

	private String filePrefix = "";

	private Consumer<Long> progress = n -> { };

	public ValueImport(List<Area> areas, List<IndicatorRef> known, BatchWriter writer, IndicatorMaker maker) {
		this.writer = writer;
		this.maker = maker;
		int i = 0;
		for (Area a : areas) {
			areaIndex.put(a.code(), i++);
		}
		known.forEach(this::remember);
	}

	private void remember(IndicatorRef ref) {
		indicators.put(key(ref.source(), ref.sourceId(), ref.sourceContents()), ref.id());
		indicatorCodes.put(ref.id(), ref.code());
	}

	private static String key(IndicatorSource source, String sourceId, String contents) {
		return source + "|" + norm(sourceId) + "|" + norm(contents);
	}

	private static String norm(String text) {
		return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
	}

	/** Told the number of values read so far, every few thousand values. */
	public void onProgress(Consumer<Long> listener) {
		this.progress = listener;
	}

	/** The file being read; its name prefixes the column of its problems when the import has several. */
	public void file(String name, boolean several) {
		filePrefix = several ? name + ": " : "";
	}

	public boolean knownArea(String code) {
		return code != null && areaIndex.containsKey(code);
	}

	/** The indicator fed by the given source, table or KPI, and contents code (SCB only). */
	public Optional<Long> indicator(IndicatorSource source, String sourceId, String contents) {
		return Optional.ofNullable(indicators.get(key(source, sourceId, contents)));
	}

	/** The indicators fed by one SCB table, whatever their contents code. */
	public List<Long> indicatorsOfTable(String tableId) {
		String prefix = IndicatorSource.SCB + "|" + norm(tableId) + "|";
		return indicators.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
			.sorted().toList();
	}

	/** Creates an indicator within the import's transaction, so that it goes when the import is rejected. */
	public long create(IndicatorRef indicator) {
		long id = maker.create(indicator);
		remember(new IndicatorRef(id, indicator.code(), indicator.name(), indicator.unit(), indicator.description(),
				indicator.source(), indicator.sourceId(), indicator.sourceContents(), indicator.higherIsBetter()));
		created++;
		return id;
	}

	/** Whether an indicator of the installation already has this code. */
	public boolean codeTaken(String code) {
		return indicatorCodes.values().stream().anyMatch(c -> c.equalsIgnoreCase(code));
	}

	public boolean knownIndicatorId(long id) {
		return indicatorCodes.containsKey(id);
	}

	/**
	 * One value; a second value for the same indicator, area, year and gender is a problem at its
	 * row and column. The area must be known (the reader reports unknown ones itself, with its path).
	 */
	public void value(long indicatorId, String areaCode, int year, Gender gender, Double value, ValueStatus status,
			int row, String column) {
		valuesRead++;
		Integer area = areaIndex.get(areaCode);
		if (area == null) {
			problem(row, column, "indicatorimports.problem.unknownArea", areaCode);
			return;
		}
		if (year < 1000 || year > 9999) {
			problem(row, column, "indicatorimports.problem.year", String.valueOf(year));
			return;
		}
		long key = (indicatorId << 26) | ((long) area << 16) | ((long) (year & 0x3FFF) << 2) | gender.ordinal();
		if (!seen.add(key)) {
			problem(row, column, "indicatorimports.problem.duplicate", indicatorCodes.getOrDefault(indicatorId, ""),
					areaCode, String.valueOf(year), gender.name());
			return;
		}
		ValueStatus stored = value == null ? ValueStatus.MISSING : status == null ? ValueStatus.FINAL : status;
		if (problemCount == 0) {
			batch.add(new IndicatorValue(indicatorId, areaCode, year, gender, value, stored, false));
			if (batch.size() >= BATCH) {
				flush();
			}
		}
		if (valuesRead % BATCH == 0) {
			progress.accept(valuesRead);
		}
	}

	public void problem(int row, String column, String messageKey, Object... arguments) {
		problemCount++;
		if (problems.size() < MAX_PROBLEMS) {
			problems.add(new ImportProblem(row, column == null ? (filePrefix.isEmpty() ? null : filePrefix.strip())
					: filePrefix + column, messageKey, arguments));
		}
		batch.clear();
	}

	public boolean hasProblems() {
		return problemCount > 0;
	}

	public int problemCount() {
		return problemCount;
	}

	public long valuesRead() {
		return valuesRead;
	}

	public int indicatorsCreated() {
		return created;
	}

	private void flush() {
		if (!batch.isEmpty()) {
			writer.write(batch);
			batch.clear();
		}
	}

	/**
	 * Writes what is left and returns the number of values, or rejects the import with its problems;
	 * a file without a single value is a problem too.
	 */
	public long finish() {
		if (problemCount == 0 && valuesRead == 0) {
			problem(0, null, "indicatorimports.problem.noValues");
		}
		if (problemCount > 0) {
			List<ImportProblem> all = new ArrayList<>(problems);
			if (problemCount > problems.size()) {
				all.add(ImportProblem.ofFile("indicatorimports.problem.more", problemCount - problems.size()));
			}
			throw new ImportRejectedException(all);
		}
		flush();
		return valuesRead;
	}

}
