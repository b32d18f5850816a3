package se.regionrum.actors.person;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import se.regionrum.platform.RegionClock;

/** One person with what the detail page and the API show with it. */
public record PersonDetails(Person person, Set<Sector> sectors, String organisationName,
		List<Membership> memberships) {

	private static final ZoneId ZONE = RegionClock.DEFAULT_ZONE;

	/** The day the person's data was erased, or null. */
	public LocalDate erasedOn() {
		return person.erasedAt() == null ? null : LocalDate.ofInstant(person.erasedAt(), ZONE);
	}

	public List<Sector> sortedSectors() {
		return sectors.stream().sorted().toList();
	}

}
