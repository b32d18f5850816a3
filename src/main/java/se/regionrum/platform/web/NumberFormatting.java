package se.regionrum.platform.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.regionrum.platform.NumberText;

/**
 * Every number a form or a query binds is read the way people type it in the page's language
 * ({@code 0,9}, {@code 0.9}, {@code 1 234,5}) and shown in its fields the same way ({@code 0,9}
 * on a Swedish page), in every module at once. Text that is not a number becomes the binding
 * error {@code typeMismatch}, whose message the platform bundle holds (Ange ett tal, till
 * exempel 0,9).
 */
@Configuration(proxyBeanMethods = false)
class NumberFormatting implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(Double.class, new NumberFormatter<>(BigDecimal::doubleValue));
		registry.addFormatterForFieldType(Float.class, new NumberFormatter<>(BigDecimal::floatValue));
		registry.addFormatterForFieldType(BigDecimal.class, new NumberFormatter<>(Function.identity()));
		registry.addFormatterForFieldType(Integer.class, new NumberFormatter<>(BigDecimal::intValueExact));
		registry.addFormatterForFieldType(Long.class, new NumberFormatter<>(BigDecimal::longValueExact));
	}

	/** Reads with {@link NumberText#parse}, prints with {@link NumberText#input}. */
	record NumberFormatter<T extends Number>(Function<BigDecimal, T> convert) implements Formatter<T> {

		@Override
		public T parse(String text, Locale locale) {
			BigDecimal value = NumberText.parse(text, locale);
			if (value == null) {
				return null;
			}
			T number = convert.apply(value);
			if ((number instanceof Double d && !Double.isFinite(d)) || (number instanceof Float f && !Float.isFinite(f))) {
				throw new NumberFormatException("Out of range: " + text);
			}
			return number;
		}

		@Override
		public String print(T value, Locale locale) {
			return NumberText.input(value, locale);
		}

	}

}
