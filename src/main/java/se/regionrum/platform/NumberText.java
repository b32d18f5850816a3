package se.regionrum.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as people read and type them, in the page's language: {@code 3 443 000,5} in Swedish,
 * {@code 3,443,000.5} in English. The one place where Regionrum turns numbers into text for pages
 * (templates reach it as {@code #fmt}) and reads the numbers people type into forms.
 * <p>
 * A thousands separator that is a space is always a no-break space (U+00A0), so that a number
 * never wraps inside a table cell. CSV files keep their own format ({@link CsvExport}).
 */
public final class NumberText {

	/** The thousands separator of languages that group digits with a space. */
	public static final char NO_BREAK_SPACE = '\u00a0';

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private static final Pattern SPACE_GROUPED = Pattern.compile("\\d{1,3}( \\d{3})+([.,]\\d+)?");

	private static final int INPUT_FRACTION_DIGITS = 10;

	private NumberText() {
	}

	/** A whole number with thousands separators, rounded half up; empty for null. */
	public static String integer(Number value, Locale locale) {
		return decimal(value, 0, locale);
	}

	/** A number with exactly {@code fractionDigits} decimals and thousands separators; empty for null. */
	public static String decimal(Number value, int fractionDigits, Locale locale) {
		if (value == null || isNotFinite(value)) {
			return "";
		}
		DecimalFormat format = new DecimalFormat("#,##0", symbols(locale));
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(toBigDecimal(value));
	}

	/** A share (0.053) as a percentage with the language's spacing: {@code 5,3 %} in Swedish, {@code 5.3%} in English. */
	public static String percent(Number share, int fractionDigits, Locale locale) {
		if (share == null || isNotFinite(share)) {
			return "";
		}
		String number = decimal(toBigDecimal(share).movePointRight(2), fractionDigits, locale);
		return isEnglish(locale) ? number + "%" : number + NO_BREAK_SPACE + "%";
	}

	/** A number and its unit, kept together on one line: {@code 12,5 km}. */
	public static String withUnit(Number value, int fractionDigits, String unit, Locale locale) {
		if (value == null || isNotFinite(value)) {
			return "";
		}
		return decimal(value, fractionDigits, locale) + NO_BREAK_SPACE + unit;
	}

	/**
	 * A number as a form field shows it for editing: the language's decimal sign, no thousands
	 * separators (so that a year or an id stays {@code 2030}) and as many decimals as the value has.
	 */
	public static String input(Number value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (isNotFinite(value)) {
			return value.toString();
		}
		DecimalFormatSymbols symbols = symbols(locale);
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat("0", symbols);
		format.setGroupingUsed(false);
		format.setMaximumFractionDigits(INPUT_FRACTION_DIGITS);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(toBigDecimal(value));
	}

	/**
	 * Reads a number as a person types it: {@code 0,9} and {@code 0.9} alike, with spaces, no-break
	 * spaces or the language's separator between groups of thousands ({@code 1 234,5},
	 * {@code 1,234.5}). A single comma is the decimal sign, except in English where {@code 1,234}
	 * means a thousand and more; a single point is always the decimal sign.
	 *
	 * @return the number, or null for blank text
	 * @throws NumberFormatException when the text is not a number
	 */
	public static BigDecimal parse(String text, Locale locale) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String s = text.replaceAll("[\\u00a0\\u2007\\u2009\\u202f]", " ").strip().replace('\u2212', '-');
		String sign = "";
		if (s.startsWith("-") || s.startsWith("+")) {
			sign = s.startsWith("-") ? "-" : "";
			s = s.substring(1);
		}
		if (s.indexOf(' ') >= 0) {
			// Thousands split by spaces: then a comma or a point can only be the decimal sign.
			if (!SPACE_GROUPED.matcher(s).matches()) {
				throw new NumberFormatException("Not a number: " + text);
			}
			return new BigDecimal(sign + s.replace(" ", "").replace(',', '.'));
		}
		int lastComma = s.lastIndexOf(',');
		int lastPoint = s.lastIndexOf('.');
		String whole;
		String fraction = "";
		if (lastComma >= 0 && lastPoint >= 0) {
			int decimalAt = Math.max(lastComma, lastPoint);
			char grouping = decimalAt == lastComma ? '.' : ',';
			whole = grouped(s.substring(0, decimalAt), grouping);
			fraction = s.substring(decimalAt + 1);
		}
		else if (lastComma >= 0 || lastPoint >= 0) {
			char separator = lastComma >= 0 ? ',' : '.';
			int count = (int) s.chars().filter(c -> c == separator).count();
			boolean grouping = count > 1 || (separator == ',' && isEnglish(locale) && s.matches("\\d{1,3},\\d{3}"));
			if (grouping) {
				whole = grouped(s, separator);
			}
			else {
				whole = s.substring(0, s.indexOf(separator));
				fraction = s.substring(s.indexOf(separator) + 1);
			}
		}
		else {
			whole = s;
		}
		if (whole == null || (whole.isEmpty() && fraction.isEmpty()) || !(whole.isEmpty() || DIGITS.matcher(whole).matches())
				|| !(fraction.isEmpty() || DIGITS.matcher(fraction).matches())) {
			throw new NumberFormatException("Not a number: " + text);
		}
		return new BigDecimal(sign + (whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction));
	}

	/** The digits of {@code 1,234,567} split by {@code separator} in groups of three, or null if not grouped so. */
	private static String grouped(String digits, char separator) {
		String quoted = Pattern.quote(String.valueOf(separator));
		if (!digits.matches("\\d{1,3}(" + quoted + "\\d{3})+")) {
			return digits.indexOf(separator) < 0 ? digits : null;
		}
		return digits.replace(String.valueOf(separator), "");
	}

	private static DecimalFormatSymbols symbols(Locale locale) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
		char grouping = symbols.getGroupingSeparator();
		if (Character.isSpaceChar(grouping) || Character.isWhitespace(grouping)) {
			symbols.setGroupingSeparator(NO_BREAK_SPACE);
		}
		return symbols;
	}

	private static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	private static boolean isNotFinite(Number value) {
		return (value instanceof Double d && !Double.isFinite(d)) || (value instanceof Float f && !Float.isFinite(f));
	}

	private static BigDecimal toBigDecimal(Number value) {
		// Through the shortest decimal text of a double (0.1 stays 0.1), not its binary value.
		return value instanceof BigDecimal bd ? bd : new BigDecimal(value.toString());
	}

}
