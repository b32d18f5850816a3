package se.regionrum.dialogue.meeting;

import static se.regionrum.platform.Text.blank;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.ListCrudRepository;

/** The {@link Meeting} aggregate's writes and reads by id; its lists are {@link MeetingQueries}'. */
interface MeetingRepository extends ListCrudRepository<MeetingRepository.Meeting, Long> {

	/**
	 * A row of {@code meeting}. Named like the table so that Spring Data derives its name and
	 * columns (an explicit {@code @Table} or {@code @Column} name is quoted and misses the
	 * upper-cased table on H2); the public {@link se.regionrum.dialogue.meeting.Meeting} keeps its
	 * {@code long id} and has no timestamps.
	 */
	@Table
	record Meeting(@Id Long id, Long seriesId, Long organiserId, MeetingKind kind, String title, LocalDate meetingDate,
			LocalTime startTime, LocalTime endTime, LocalTime coffeeTime, String place, String onlineUrl,
			String theme, String description, String documents, boolean published, Instant publishAt,
			LocalDate registrationDeadline, Integer capacity, Integer perOrganisationLimit, boolean waitingList,
			@InsertOnlyProperty Instant createdAt, Instant updatedAt) {

		/** The form as stored: the title stripped, empty texts null, the publication time taken in the region's zone. */
		static Meeting of(Long id, MeetingForm f, Instant now) {
			return new Meeting(id, f.getSeriesId(), f.getOrganiserId(), f.getKind(), f.getTitle().strip(), f.getDate(),
					f.getStartTime(), f.getEndTime(), f.getCoffeeTime(), blank(f.getPlace()), blank(f.getOnlineUrl()),
					blank(f.getTheme()), blank(f.getDescription()), blank(f.getDocuments()), f.isPublished(),
					f.getPublishAt() == null ? null
							: f.getPublishAt().atZone(se.regionrum.dialogue.meeting.Meeting.ZONE).toInstant(),
					f.getRegistrationDeadline(), f.getCapacity(), f.getPerOrganisationLimit(), f.isWaitingList(), now,
					now);
		}

		se.regionrum.dialogue.meeting.Meeting toMeeting() {
			return new se.regionrum.dialogue.meeting.Meeting(id, seriesId, organiserId, kind, title, meetingDate,
					startTime, endTime, coffeeTime, place, onlineUrl, theme, description, documents, published,
					publishAt, registrationDeadline, capacity, perOrganisationLimit, waitingList);
		}

	}

}
