package se.regionrum.actors.workinggroup;

import java.util.List;

/** One group with the owner's name and its members, as the detail page and the API show it. */
public record WorkingGroupDetails(WorkingGroup group, String ownerName, List<MemberView> members) {
}
