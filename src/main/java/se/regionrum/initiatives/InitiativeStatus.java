package se.regionrum.initiatives;

/** Where an initiative is: the normal path from idea to followed up, or paused or stopped on the way. */
public enum InitiativeStatus {
	IDEA, PREPARATION, DECIDED, UNDER_WAY, COMPLETED, FOLLOWED_UP, PAUSED, STOPPED;

	/** Still being worked on or waiting to be: neither finished nor stopped. */
	public boolean isActive() {
		return this != COMPLETED && this != FOLLOWED_UP && this != STOPPED;
	}
}
