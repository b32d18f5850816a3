package se.regionrum.analysis.input;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import se.regionrum.platform.ImportProblem;

/**
 * Import problems as text without a Spring context (the command line), from the same message
 * bundles the web pages use. Swedish unless English is asked for; the JVM's default locale is not
 * consulted, so that a server set to English still answers in Swedish by default.
 */
public final class ProblemText {

	private static final List<String> BUNDLES = List.of("i18n/analysis", "i18n/platform");

	private final Locale locale;

	public ProblemText(Locale locale) {
		this.locale = locale;
	}

	/** For example: {@code rad 3, kolumn "lat": Värdet "abc" är inget tal.} */
	public String describe(ImportProblem problem) {
		boolean english = "en".equals(locale.getLanguage());
		StringBuilder text = new StringBuilder();
		if (problem.row() == 0) {
			text.append(english ? "whole file" : "hela filen");
		}
		else {
			text.append(english ? "row/feature " : "rad/objekt ").append(problem.row());
		}
		if (problem.column() != null) {
			text.append(english ? ", column \"" : ", kolumn \"").append(problem.column()).append('"');
		}
		return text.append(": ").append(message(problem.messageKey(), problem.arguments())).toString();
	}

	/** One message of the bundles with its arguments, or the key when no bundle has it. */
	public String message(String key, Object... arguments) {
		boolean english = "en".equals(locale.getLanguage());
		Locale bundleLocale = english ? Locale.ENGLISH : Locale.ROOT;
		// numbers the Swedish way (1 234 567) in Swedish, though the Swedish bundle is the root one
		Locale formatLocale = english ? Locale.ENGLISH : Locale.forLanguageTag("sv");
		for (String name : BUNDLES) {
			try {
				ResourceBundle bundle = ResourceBundle.getBundle(name, bundleLocale,
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
				if (bundle.containsKey(key)) {
					return new MessageFormat(bundle.getString(key), formatLocale).format(arguments);
				}
			}
			catch (MissingResourceException ex) {
				// try the next bundle
			}
		}
		return key;
	}
}
