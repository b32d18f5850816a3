package se.regionrum.dialogue.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import se.regionrum.platform.RegionClock;

/**
 * A meeting, alone or in a series. Times are local to the region's time zone
 * (Europe/Stockholm). Registration rules left empty are taken from the series.
 */
public record Meeting(long id, Long seriesId, Long organiserId, MeetingKind kind, String title, LocalDate date,
		LocalTime startTime, LocalTime endTime, LocalTime coffeeTime, String place, String onlineUrl, String theme,
		String description, String documents, boolean published, Instant publishAt, LocalDate registrationDeadline,
		Integer capacity, Integer perOrganisationLimit, boolean waitingList) {

	public static final ZoneId ZONE = RegionClock.DEFAULT_ZONE;

	/** Published, and its publication time (if any) has come. */
	public boolean isPublic(Instant now) {
		return published && (publishAt == null || !publishAt.isAfter(now));
	}

	public LocalDateTime start() {
		return date.atTime(startTime);
	}

	public LocalDateTime end() {
		return date.atTime(endTime);
	}

	public boolean isPast(Instant now) {
		return end().atZone(ZONE).toInstant().isBefore(now);
	}

	/** The documents field holds one link a line, as "title | address" or just an address. */
	public List<Link> links() {
		List<Link> links = new ArrayList<>();
		if (documents == null) {
			return links;
		}
		for (String line : documents.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			int bar = trimmed.lastIndexOf('|');
			String url = (bar < 0 ? trimmed : trimmed.substring(bar + 1)).strip();
			String label = bar < 0 ? url : trimmed.substring(0, bar).strip();
			if (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/")) {
				links.add(new Link(label, url));
			}
		}
		return links;
	}

	public record Link(String label, String url) {
	}

}
