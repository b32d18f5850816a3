package se.regionrum.strategy.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the plan register and the planning-reality matrix show. */
public final class PlanViews {

	private PlanViews() {
	}

	/**
	 * A row of the plan register.
	 *
	 * @param currentUntil the last day it counts as current; {@code null}: always current
	 */
	public record PlanSummary(long id, long organisationId, String organisationName, long planTypeId,
			String planTypeName, String title, LocalDate adoptedOn, LocalDate validUntil, LocalDate currentUntil,
			boolean current, String documentUrl, String note) {
	}

	/** One cell of the matrix: a municipality's plans of one type. */
	public record Cell(long planTypeId, Currency currency, long plans, LocalDate latestAdoptedOn) {
	}

	/** A municipality and its cells, in the order of the plan types. */
	public record Row(long organisationId, String name, String scbCode, List<Cell> cells) {

		public long count(Currency currency) {
			return cells.stream().filter(c -> c.currency() == currency).count();
		}

	}

	/** Per plan type: how many municipalities have a current plan, only outdated ones, or none. */
	public record TypeCount(PlanType type, long current, long outdated, long missing, long municipalities) {

		public int currentPercent() {
			return municipalities == 0 ? 0 : (int) Math.round(100.0 * current / municipalities);
		}

	}

	/** The planning-reality matrix: municipalities × plan types as of a day. */
	public record Matrix(LocalDate asOf, String countyCode, List<PlanType> types, List<Row> rows,
			List<TypeCount> counts) {

		public TypeCount countFor(String typeCode) {
			return counts.stream().filter(c -> c.type().code().equals(typeCode)).findFirst().orElse(null);
		}

		public Map<Currency, Long> totals() {
			return Map.of(Currency.CURRENT, counts.stream().mapToLong(TypeCount::current).sum(), Currency.OUTDATED,
					counts.stream().mapToLong(TypeCount::outdated).sum(), Currency.MISSING,
					counts.stream().mapToLong(TypeCount::missing).sum());
		}

	}

}
