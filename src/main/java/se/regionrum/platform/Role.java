package se.regionrum.platform;

/** What a signed-in user may do. Editors are scoped to one organisation. */
public enum Role {
	/** Administrator at the region: everything, in every organisation. */
	ADMIN,
	/** Changes the data of one organisation only. */
	EDITOR,
	/** Reads everything signed-in users may see, changes nothing. */
	READER
}
