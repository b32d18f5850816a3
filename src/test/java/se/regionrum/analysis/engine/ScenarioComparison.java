package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A scenario's result against a fresh analysis of the changed point set: every cell's time, metres
 * and nearest point, the changed cells, and every total recounted here the plain way, overall, per
 * group of cells and per age group.
 */
final class ScenarioComparison {

	private ScenarioComparison() {
	}

	/**
	 * @param fresh the analysis of {@code scenario.applyTo(points)}
	 * @param cellGroup the groups given to the scenario engine, or null
	 */
	static void assertSame(ScenarioResult actual, Accessibility base, Accessibility fresh, Scenario scenario,
			ServicePoints points, Cells cells, int[] cellGroup, int[] thresholdMinutes) {
		int[] ids = scenario.scenarioIds(points);
		for (int type = 0; type < base.typeCount(); type++) {
			List<Integer> changed = new ArrayList<>();
			for (int c = 0; c < base.cellCount(); c++) {
				String where = "type " + type + ", cell " + c;
				int nearest = fresh.nearest(type, c) < 0 ? Accessibility.UNREACHABLE : ids[fresh.nearest(type, c)];
				assertThat(actual.time(type, c)).as("time, " + where).isEqualTo(fresh.time(type, c));
				assertThat(actual.meters(type, c)).as("metres, " + where).isEqualTo(fresh.meters(type, c));
				assertThat(actual.nearest(type, c)).as("nearest point, " + where).isEqualTo(nearest);
				if (fresh.time(type, c) != base.time(type, c) || fresh.meters(type, c) != base.meters(type, c)
						|| nearest != base.nearest(type, c)) {
					changed.add(c);
				}
			}
			assertThat(actual.times(type)).as("time column, type " + type).containsExactly(fresh.times(type));
			assertThat(actual.meters(type)).as("metre column, type " + type).containsExactly(fresh.meters(type));
			assertThat(actual.changedCells(type)).as("changed cells, type " + type)
				.containsExactly(changed.stream().mapToInt(Integer::intValue).toArray());
			int[] before = base.times(type);
			int[] after = fresh.times(type);
			for (int age = -1; age < cells.ageGroups().size(); age++) {
				assertThat(figures(actual.totals(type), age, thresholdMinutes.length))
					.as("totals, type " + type + ", age group " + age)
					.containsExactly(plainFigures(cells, before, after, thresholdMinutes, cellGroup, -1, age));
				for (int g = 0; g < actual.groupCount(); g++) {
					assertThat(figures(actual.groupTotals(type, g), age, thresholdMinutes.length))
						.as("totals, type " + type + ", group " + g + ", age group " + age)
						.containsExactly(plainFigures(cells, before, after, thresholdMinutes, cellGroup, g, age));
				}
			}
		}
	}

	/** The totals in one row: risen, fallen, stranded, reached, added, saved, pushed past k…, brought within k…. */
	private static long[] figures(ScenarioTotals t, int age, int thresholds) {
		long[] row = new long[6 + 2 * thresholds];
		boolean all = age < 0;
		row[0] = all ? t.risen() : t.risen(age);
		row[1] = all ? t.fallen() : t.fallen(age);
		row[2] = all ? t.stranded() : t.stranded(age);
		row[3] = all ? t.reached() : t.reached(age);
		row[4] = all ? t.addedTime() : t.addedTime(age);
		row[5] = all ? t.savedTime() : t.savedTime(age);
		for (int k = 0; k < thresholds; k++) {
			row[6 + k] = all ? t.pushedPast(k) : t.pushedPast(k, age);
			row[6 + thresholds + k] = all ? t.broughtWithin(k) : t.broughtWithin(k, age);
		}
		return row;
	}

	private static long[] plainFigures(Cells cells, int[] before, int[] after, int[] thresholdMinutes, int[] cellGroup,
			int group, int age) {
		int thresholds = thresholdMinutes.length;
		long[] row = new long[6 + 2 * thresholds];
		for (int c = 0; c < before.length; c++) {
			if (group >= 0 && cellGroup[c] != group) {
				continue;
			}
			long people = age < 0 ? cells.population()[c] : cells.ageGroupPopulation()[age][c];
			int b = before[c];
			int a = after[c];
			boolean hadPoint = b != Accessibility.UNREACHABLE;
			boolean hasPoint = a != Accessibility.UNREACHABLE;
			if (hadPoint && !hasPoint) {
				row[0] += people;
				row[2] += people;
			} else if (!hadPoint && hasPoint) {
				row[1] += people;
				row[3] += people;
			} else if (hadPoint && a > b) {
				row[0] += people;
				row[4] += people * (a - b);
			} else if (hadPoint && a < b) {
				row[1] += people;
				row[5] += people * (b - a);
			}
			for (int k = 0; k < thresholds; k++) {
				int limit = EngineTime.fromMinutes(thresholdMinutes[k]);
				boolean within = hadPoint && b <= limit;
				boolean withinAfter = hasPoint && a <= limit;
				row[6 + k] += within && !withinAfter ? people : 0;
				row[6 + thresholds + k] += !within && withinAfter ? people : 0;
			}
		}
		return row;
	}

	/**
	 * A random scenario: a few closures of any types (sometimes every point of one type), a few
	 * openings at random places, some exactly where an existing point stands (a tie broken by id).
	 */
	static Scenario randomScenario(Random random, ServicePoints points, double minX, double minY, double size) {
		Scenario.Builder builder = Scenario.builder();
		int closures = points.count() == 0 ? 0 : random.nextInt(4);
		for (int i = 0; i < closures; i++) {
			builder.close(random.nextInt(points.count()));
		}
		if (points.count() > 0 && random.nextInt(6) == 0) {
			for (int p : points.ofType(points.type()[random.nextInt(points.count())])) {
				builder.close(p);
			}
		}
		int openings = random.nextInt(4);
		for (int i = 0; i < openings; i++) {
			int type = random.nextInt(points.typeCount());
			if (points.count() > 0 && random.nextInt(3) == 0) {
				int twin = random.nextInt(points.count());
				builder.open(points.type()[twin], points.x()[twin], points.y()[twin]);
			} else {
				builder.open(type, minX + random.nextDouble() * size, minY + random.nextDouble() * size);
			}
		}
		return builder.build();
	}

	/** A group per cell, from -1 (none) to 3. */
	static int[] randomGroups(Random random, int cells) {
		int[] groups = new int[cells];
		for (int c = 0; c < cells; c++) {
			groups[c] = random.nextInt(5) - 1;
		}
		return groups;
	}
}
