package se.regionrum.dialogue.registration;

import java.util.List;
import java.util.Map;

import se.regionrum.dialogue.meeting.Meeting;

/**
 * What a series' pages show about registering for it: its meetings, the places left at each
 * ({@code null} without a capacity), the fewest places left among those not yet over (a series
 * registration needs a place at each) and whether it takes registrations now.
 */
public record SeriesRegistration(List<Meeting> meetings, Map<Long, Integer> placesLeft, Integer seriesPlacesLeft,
		boolean open) {
}
