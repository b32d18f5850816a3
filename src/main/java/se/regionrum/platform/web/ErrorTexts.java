package se.regionrum.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;

/**
 * The title and the general explanation of an HTTP error status in the reader's language, for the
 * error page and the API's problems alike: {@code error.<status>.title}, then
 * {@code error.<status>.api} (API only) or {@code error.<status>.text}, falling back to the
 * texts for any client or server error.
 */
@Component
class ErrorTexts {

	private final MessageSource messages;

	ErrorTexts(MessageSource messages) {
		this.messages = messages;
	}

	String title(HttpStatusCode status, Locale locale) {
		return first(locale, null, "error." + status.value() + ".title",
				status.is5xxServerError() ? "error.error.title" : "error.4xx.title");
	}

	String detail(HttpStatusCode status, boolean api, Locale locale, Object... arguments) {
		String code = "error." + status.value();
		String general = status.is5xxServerError() ? "error.error.text" : "error.4xx.text";
		return api ? first(locale, arguments, code + ".api", code + ".text", general)
				: first(locale, arguments, code + ".text", general);
	}

	/** A message a filter chose, or the general one when the key is unknown. */
	String message(String key, Object[] arguments, Locale locale) {
		return first(locale, arguments, key, "error.error.text");
	}

	private String first(Locale locale, Object[] arguments, String... keys) {
		for (String key : keys) {
			String message = messages.getMessage(key, arguments, null, locale);
			if (message != null) {
				return message;
			}
		}
		return keys[keys.length - 1];
	}

}
