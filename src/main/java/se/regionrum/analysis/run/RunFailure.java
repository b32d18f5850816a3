package se.regionrum.analysis.run;

/** A failure of a background analysis the user can understand, with the message key that explains it. */
public final class RunFailure extends RuntimeException {

	private final String messageKey;

	public RunFailure(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
