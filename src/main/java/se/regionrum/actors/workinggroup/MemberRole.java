package se.regionrum.actors.workinggroup;

/** A member's role in a working group or network, in the order members are listed. */
public enum MemberRole {
	CHAIR, PROCESS_LEADER, SECRETARY, MEMBER, EXPERT
}
