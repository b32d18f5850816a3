package se.regionrum.platform;

import java.util.List;

/**
 * A rule that only the service can check (a unique name, a value that must match another
 * record) was broken. Page controllers show it next to the field; the API answers 400.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidInputException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	/**
	 * The one way a service enforces its rules before it writes: throws the first of the
	 * problems its {@code problems(…)} method found, or returns when there are none.
	 */
	public static void throwFirst(List<InvalidInputException> problems) {
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
