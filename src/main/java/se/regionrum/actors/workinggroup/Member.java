package se.regionrum.actors.workinggroup;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.regionrum.platform.NotFoundException;

/**
 * One member of a group: an organisation, optionally one of its people, in a role. The pair
 * organisation + person is unique in a group, so it is the member's key in URLs:
 * {@code 12} (organisation 12, no person) or {@code 12-34} (person 34 of organisation 12).
 */
public record Member(long organisationId, Long personId, MemberRole role) {

	private static final Pattern KEY = Pattern.compile("(\\d+)(?:-(\\d+))?");

	public String key() {
		return personId == null ? Long.toString(organisationId) : organisationId + "-" + personId;
	}

	boolean sameSeat(long otherOrganisationId, Long otherPersonId) {
		return organisationId == otherOrganisationId && Objects.equals(personId, otherPersonId);
	}

	String auditText() {
		return "organisation " + organisationId + (personId == null ? "" : " person " + personId) + ": " + role;
	}

	/** The organisation and person of a key; unknown keys are "not found". */
	static long[] parseKey(String key) {
		Matcher m = KEY.matcher(key == null ? "" : key);
		if (!m.matches()) {
			throw new NotFoundException("Member", key);
		}
		try {
			long organisation = Long.parseLong(m.group(1));
			long person = m.group(2) == null ? -1 : Long.parseLong(m.group(2));
			return new long[] { organisation, person };
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("Member", key);
		}
	}

}
