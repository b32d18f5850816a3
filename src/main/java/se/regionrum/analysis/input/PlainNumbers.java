package se.regionrum.analysis.input;

import java.nio.charset.StandardCharsets;

/**
 * Numbers and text read straight from the ASCII bytes of a plain CSV field. Only the forms whose
 * value is certain are read here; for anything else the methods say "not mine" and the caller
 * takes the general path through a String, so that values and problems stay exactly as
 * {@link Double#parseDouble} and {@link Integer#parseInt} give them.
 */
final class PlainNumbers {

	/** Doubles hold integers up to 2^53 exactly. */
	private static final long EXACT_MANTISSA = 1L << 53;

	/** Powers of ten a double holds exactly. */
	private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
			1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

	private PlainNumbers() {
	}

	/** The field without the spaces and control characters around it, as {@link String#trim} leaves it. */
	static String text(byte[] bytes, int start, int end) {
		int from = trimStart(bytes, start, end);
		int to = trimEnd(bytes, from, end);
		// the bytes are ASCII, which Latin-1 maps one to one and fastest
		return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
	}

	/**
	 * A decimal number written as digits with at most one decimal point (or comma where
	 * {@code decimalComma}), an optional sign and no exponent, or NaN for any other text. With at
	 * most 2^53 as its digits and 22 decimals, the value is the digits (exact as a double) divided
	 * by an exact power of ten, one correctly rounded division: the double
	 * {@link Double#parseDouble} gives.
	 */
	static double decimal(byte[] bytes, int start, int end, boolean decimalComma) {
		int i = trimStart(bytes, start, end);
		int to = trimEnd(bytes, i, end);
		boolean negative = false;
		if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
			negative = bytes[i] == '-';
			i++;
		}
		long mantissa = 0;
		int digits = 0;
		int significant = 0;
		int decimals = 0;
		boolean point = false;
		for (; i < to; i++) {
			byte b = bytes[i];
			if (b >= '0' && b <= '9') {
				digits++;
				if (mantissa > 0 || b != '0') {
					if (++significant > 18) {
						return Double.NaN;
					}
				}
				mantissa = mantissa * 10 + (b - '0');
				if (point) {
					decimals++;
				}
			}
			else if (!point && (b == '.' || (decimalComma && b == ','))) {
				point = true;
			}
			else {
				return Double.NaN;
			}
		}
		if (digits == 0 || mantissa > EXACT_MANTISSA || decimals >= POWERS_OF_TEN.length) {
			return Double.NaN;
		}
		double value = mantissa / POWERS_OF_TEN[decimals];
		return negative ? -value : value;
	}

	/** A whole number of zero or more written as up to nine digits (with an optional plus), or -1 for any other text. */
	static int count(byte[] bytes, int start, int end) {
		int i = trimStart(bytes, start, end);
		int to = trimEnd(bytes, i, end);
		if (i < to && bytes[i] == '+') {
			i++;
		}
		if (i == to || to - i > 9) {
			return -1;
		}
		int value = 0;
		for (; i < to; i++) {
			byte b = bytes[i];
			if (b < '0' || b > '9') {
				return -1;
			}
			value = value * 10 + (b - '0');
		}
		return value;
	}

	static int trimStart(byte[] bytes, int start, int end) {
		while (start < end && (bytes[start] & 0xff) <= ' ') {
			start++;
		}
		return start;
	}

	static int trimEnd(byte[] bytes, int start, int end) {
		while (end > start && (bytes[end - 1] & 0xff) <= ' ') {
			end--;
		}
		return end;
	}
}
