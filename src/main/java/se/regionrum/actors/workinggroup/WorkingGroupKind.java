package se.regionrum.actors.workinggroup;

/** A working group has a task and an end; a network is a lasting forum. */
public enum WorkingGroupKind {
	WORKING_GROUP, NETWORK
}
