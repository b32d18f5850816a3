package se.regionrum.followup.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Expenditure ("Summa utgifter") per year and cost kind with totals per year, per kind and in
 * all; budget totals alongside. Kinds without any line are left out; years run without gaps from
 * the first to the last year with a line (or the years asked for).
 */
public record CostTable(List<Integer> years, List<String> kinds, long[][] spent, long[] yearTotals, long[] kindTotals,
		long total, long budgetTotal) {

	/** @param fromYear first year to include, or null; @param toYear last year, or null */
	public static CostTable of(List<CostLine> lines, List<CostKind> costKinds, Locale locale, Integer fromYear,
			Integer toYear) {
		List<CostLine> selected = lines.stream()
			.filter(l -> (fromYear == null || l.costYear() >= fromYear) && (toYear == null || l.costYear() <= toYear))
			.toList();
		TreeSet<Integer> yearSet = new TreeSet<>();
		selected.forEach(l -> yearSet.add(l.costYear()));
		List<Integer> years = new ArrayList<>();
		if (!yearSet.isEmpty()) {
			for (int y = yearSet.first(); y <= yearSet.last(); y++) {
				years.add(y);
			}
		}
		List<CostKind> used = costKinds.stream()
			.filter(k -> selected.stream().anyMatch(l -> l.costKindId() == k.id()))
			.toList();
		long[][] spent = new long[used.size()][years.size()];
		long[] yearTotals = new long[years.size()];
		long[] kindTotals = new long[used.size()];
		long total = 0;
		long budget = 0;
		for (CostLine line : selected) {
			budget += line.budget();
			int k = indexOf(used, line.costKindId());
			if (k < 0) {
				continue;
			}
			int y = years.indexOf(line.costYear());
			spent[k][y] += line.spent();
			yearTotals[y] += line.spent();
			kindTotals[k] += line.spent();
			total += line.spent();
		}
		return new CostTable(years, used.stream().map(k -> k.name(locale)).toList(), spent, yearTotals, kindTotals,
				total, budget);
	}

	private static int indexOf(List<CostKind> kinds, long id) {
		for (int i = 0; i < kinds.size(); i++) {
			if (kinds.get(i).id() == id) {
				return i;
			}
		}
		return -1;
	}

	public boolean isEmpty() {
		return years.isEmpty();
	}

	/** The amount of one kind (row) and year (column), for templates. */
	public long cell(int kind, int year) {
		return spent[kind][year];
	}

}
