package se.regionrum.indicators;

/** The breakdown of a value by gender, coded as Kolada codes it. */
public enum Gender {

	/** Everyone (Kolada "T"). */
	T,
	/** Women (Kolada "K", kvinnor). */
	K,
	/** Men (Kolada "M"). */
	M;

	/** The gender of a Kolada or CSV code ("T", "K", "M", any case), or {@code null} when it is none of them. */
	public static Gender ofCode(String code) {
		if (code == null) {
			return null;
		}
		return switch (code.trim().toUpperCase(java.util.Locale.ROOT)) {
			case "T" -> T;
			case "K" -> K;
			case "M" -> M;
			default -> null;
		};
	}

	public String messageKey() {
		return "indicators.gender." + name();
	}

}
