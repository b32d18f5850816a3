package se.regionrum.platform.web;

import java.util.Locale;

import se.regionrum.platform.NumberText;

/**
 * {@code #fmt} in templates: numbers in the page's language, with no-break spaces between groups
 * of thousands so that they never wrap ({@code #fmt.integer(n)}, {@code #fmt.decimal(n, 1)},
 * {@code #fmt.percent(share, 1)}, {@code #fmt.unit(n, 1, 'km')}). Null gives empty text.
 */
public final class NumberExpressions {

	private final Locale locale;

	NumberExpressions(Locale locale) {
		this.locale = locale;
	}

	public String integer(Number value) {
		return NumberText.integer(value, locale);
	}

	public String decimal(Number value, int fractionDigits) {
		return NumberText.decimal(value, fractionDigits, locale);
	}

	public String percent(Number share, int fractionDigits) {
		return NumberText.percent(share, fractionDigits, locale);
	}

	public String unit(Number value, int fractionDigits, String unit) {
		return NumberText.withUnit(value, fractionDigits, unit, locale);
	}

	/** The number as a form field shows it for editing ({@code 0,75}), for inputs not bound with th:field. */
	public String input(Number value) {
		return NumberText.input(value, locale);
	}

}
