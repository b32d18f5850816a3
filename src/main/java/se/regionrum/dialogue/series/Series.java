package se.regionrum.dialogue.series;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import se.regionrum.platform.RegionClock;

/**
 * A series of meetings (a learning project, a seminar series …) with its organisers and the
 * registration rules its meetings share unless a meeting sets its own.
 */
public record Series(long id, SeriesKind kind, String title, String description, String purpose, String targetGroup,
		boolean published, Instant publishAt, LocalDate registrationDeadline, Integer capacity,
		Integer perOrganisationLimit, boolean seriesRegistrationOnly, boolean waitingList, List<Long> organiserIds) {

	/** The region's time zone, in which series and their meetings are planned. */
	public static final ZoneId ZONE = RegionClock.DEFAULT_ZONE;

	public boolean isPublic(Instant now) {
		return published && (publishAt == null || !publishAt.isAfter(now));
	}

}
