package se.regionrum.analysis.run;

import java.util.Arrays;
import java.util.List;

import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.engine.ScenarioTotals;

/**
 * What a scenario does to a finished run, answered at once and stored nowhere ({@link ScenarioPreviews}).
 *
 * @param thresholdMinutes the run's limits, in the order of every {@code beyond…} list
 * @param addedOnNetwork per added point, whether it lay within the snap distance of a road (a point
 *        that did not changes nothing)
 * @param elapsedMs the engine's time for the scenario
 * @param preparedMs time spent in this request loading and analysing the base run (0 once it is held)
 * @param preparedBytes memory the engine holds for the run's prepared types
 */
public record ScenarioPreview(long runId, List<Integer> thresholdMinutes, List<TypePreview> types,
		List<Boolean> addedOnNetwork, double elapsedMs, double preparedMs, long preparedBytes) {

	/**
	 * Whether the scenario changes anyone's time (a closure next to an equally near point changes
	 * only the nearest point, which the figures do not show).
	 */
	public boolean changesAnything() {
		return types.stream().anyMatch(t -> t.region().changesAnyone());
	}

	/**
	 * One service type's outcome.
	 *
	 * @param changed whether the scenario closes or opens a point of the type on the network
	 * @param searchedAfresh whether the type was searched afresh rather than repaired from the base
	 * @param changedCells cells whose time, distance or nearest point differ from the base
	 * @param region the whole grid (municipalityId -1)
	 * @param municipalities per municipality in id order; 0 holds cells outside every boundary
	 */
	public record TypePreview(String type, boolean changed, boolean searchedAfresh, int changedCells, Figures region,
			List<Figures> municipalities) {

		/** The municipalities where anyone's time changes, for the page's table. */
		public List<Figures> municipalitiesChanged() {
			return municipalities.stream().filter(Figures::changesAnyone).toList();
		}

	}

	/**
	 * Before and after for one population. Person-minutes are summed over those who reach a point
	 * (so someone losing their last point takes their minutes out of the sum; see {@code losePoint});
	 * added and saved person-minutes over those who reach one both before and after. Person-minutes
	 * before and after and the people beyond each limit are counted on times rounded to deciseconds,
	 * as the run's summaries count them, so that they equal the base run's and a saved scenario run's.
	 *
	 * @param timeFalls people whose time falls, including those who gain a point
	 * @param timeRises people whose time rises, including those who lose their last point
	 * @param losePoint people who reach a point of the type before and none after
	 * @param gainPoint people who reach none before and one after
	 * @param beyondBefore people beyond each limit (or reaching no point) before
	 * @param beyondAfter the same after
	 */
	public record Figures(long municipalityId, String name, long population, long timeFalls, long timeRises,
			long losePoint, long gainPoint, double personMinutesBefore, double personMinutesAfter,
			double personMinutesChange, double addedPersonMinutes, double savedPersonMinutes, List<Long> beyondBefore,
			List<Long> beyondAfter) {

		/** Person-time in deciseconds and people beyond each limit, counted as the run's summaries count them. */
		static Figures of(long municipalityId, String name, long population, ScenarioTotals totals,
				long personTimeBefore, long personTimeAfter, long[] beyondBefore, long[] beyondAfter) {
			List<Long> before = Arrays.stream(beyondBefore).boxed().toList();
			List<Long> after = Arrays.stream(beyondAfter).boxed().toList();
			double minutesBefore = EngineTime.decisecondsToMinutes(personTimeBefore);
			double minutesAfter = EngineTime.decisecondsToMinutes(personTimeAfter);
			return new Figures(municipalityId, name, population, totals.fallen(), totals.risen(), totals.stranded(),
					totals.reached(), minutesBefore, minutesAfter, minutesAfter - minutesBefore,
					totals.addedPersonMinutes(), totals.savedPersonMinutes(), before, after);
		}

		public boolean changesAnyone() {
			return timeFalls > 0 || timeRises > 0;
		}

		public long beyondChange(int threshold) {
			return beyondAfter.get(threshold) - beyondBefore.get(threshold);
		}

	}

}
