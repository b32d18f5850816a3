package se.regionrum.indicators.pxweb;

import se.regionrum.indicators.Area;
import se.regionrum.indicators.Gender;

/** SCB's codes as Kolada's: regions and the country, and the gender dimension {@code Kon}. */
public final class ScbCodes {

	private ScbCodes() {
	}

	/**
	 * The area code of an SCB region code or 'code text' cell ('2080 Falun'): a 4-digit municipality
	 * as it is, a 2-digit county as Kolada's region ('20' gives '0020'), '00' the country ('0000').
	 * Anything else is returned as it is, for the caller to report.
	 */
	public static String area(String region) {
		String code = firstToken(region);
		if (code.matches("\\d{2}")) {
			return code.equals("00") ? Area.COUNTRY : Area.regionCode(code);
		}
		return code;
	}

	/** '1' men, '2' women, '1+2' (or 'T', 'K', 'M') total; null for anything else. */
	public static Gender gender(String kon) {
		String code = firstToken(kon);
		return switch (code) {
			case "1" -> Gender.M;
			case "2" -> Gender.K;
			case "1+2" -> Gender.T;
			default -> Gender.ofCode(code);
		};
	}

	/** The code of a 'code text' cell: the text up to the first space. */
	public static String firstToken(String text) {
		String t = text == null ? "" : text.strip();
		int space = t.indexOf(' ');
		return space < 0 ? t : t.substring(0, space);
	}

}
