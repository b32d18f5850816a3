package se.regionrum.analysis.grid;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which columns of a grid file hold what. A null name means: take the first of the usual names
 * the file has (SCB's own first, then English ones).
 *
 * @param population total population; usual names {@code beftotalt}, {@code befolkning}, {@code population}, {@code pop}
 * @param ageGroups age-group columns in the order wanted; empty means every column named like SCB's
 *        ({@code ald0_4}, {@code ald65_69}, {@code ald100w}) or {@code age_*}
 * @param municipality four-digit municipality code; usual names {@code kommun}, {@code kommunkod}, {@code municipality}
 * @param defaultCellSize side in metres where the file has no size column ({@code rutstorl}) and no polygons
 */
public record GridColumns(String population, List<String> ageGroups, String municipality, int defaultCellSize) {

	static final String[] POPULATION = { "beftotalt", "befolkning", "population", "pop", "totalt" };
	static final String[] MUNICIPALITY = { "kommun", "kommunkod", "kn_kod", "municipality" };
	static final String[] SCB_ID = { "rutid_scb", "ruta", "rutid" };
	static final String[] CELL_SIZE = { "rutstorl", "cell_size", "cellsize" };
	private static final Pattern AGE_GROUP = Pattern.compile("(ald\\d+(_\\d+|w)?|age_.+)");

	public GridColumns {
		ageGroups = List.copyOf(ageGroups);
		if (defaultCellSize <= 0) {
			throw new IllegalArgumentException("default cell size must be above zero");
		}
	}

	/** Every column found by its usual name; 250 m cells where the file does not say. */
	public static GridColumns defaults() {
		return new GridColumns(null, List.of(), null, 250);
	}

	String[] populationNames() {
		return population == null ? POPULATION : new String[] { population };
	}

	String[] municipalityNames() {
		return municipality == null ? MUNICIPALITY : new String[] { municipality };
	}

	/** The age-group columns among the file's columns (lower case), in the wanted order. */
	List<String> ageGroupColumns(List<String> fileColumns) {
		if (!ageGroups.isEmpty()) {
			return ageGroups.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
		}
		Predicate<String> looksLikeAge = c -> AGE_GROUP.matcher(c).matches();
		return fileColumns.stream().filter(looksLikeAge).toList();
	}
}
