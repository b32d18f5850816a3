package se.regionrum.initiatives.funding;

/** Applied, granted and spent, in kronor. */
public record Amounts(long applied, long granted, long spent) {

	public static final Amounts ZERO = new Amounts(0, 0, 0);

	public Amounts plus(Amounts other) {
		return new Amounts(applied + other.applied, granted + other.granted, spent + other.spent);
	}

}
