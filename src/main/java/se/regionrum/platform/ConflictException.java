package se.regionrum.platform;

/**
 * A change that cannot be made because of the state of other data, not because of what the user
 * typed: a record still in use, or a change someone else made at the same moment. Page
 * controllers show the message above the page; the API answers 409 Conflict.
 */
public class ConflictException extends RuntimeException {

	private final String messageKey;

	public ConflictException(String messageKey) {
		this(messageKey, null);
	}

	public ConflictException(String messageKey, Throwable cause) {
		super(messageKey, cause);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
