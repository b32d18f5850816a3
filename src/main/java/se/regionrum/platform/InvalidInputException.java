package se.regionrum.platform;

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

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
