package se.regionrum.dialogue.series;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * The {@link Series} aggregate's writes and reads by id. Its organisers
 * ({@code meeting_series_organiser}) are a child collection written here in the caller's
 * transaction, replaced as a whole; reading them and the list of series is {@link SeriesQueries}'.
 */
interface SeriesRepository extends ListCrudRepository<SeriesRepository.MeetingSeries, Long> {

	@Modifying
	@Query("delete from meeting_series_organiser where series_id = :seriesId")
	void deleteOrganisers(@Param("seriesId") long seriesId);

	@Modifying
	@Query("insert into meeting_series_organiser (series_id, organisation_id) values (:seriesId, :organisationId)")
	void insertOrganiser(@Param("seriesId") long seriesId, @Param("organisationId") long organisationId);

	/**
	 * A row of {@code meeting_series}. Named like the table so that Spring Data derives its name
	 * (an explicit {@code @Table} name is quoted and misses the upper-cased table on H2); the
	 * public {@link Series} keeps its {@code long id}, carries its organisers and has no timestamps.
	 */
	@Table
	record MeetingSeries(@Id Long id, SeriesKind kind, String title, String description, String purpose,
			String targetGroup, boolean published, Instant publishAt, LocalDate registrationDeadline, Integer capacity,
			Integer perOrganisationLimit, boolean seriesRegistrationOnly, boolean waitingList,
			@InsertOnlyProperty Instant createdAt, Instant updatedAt) {

		/** The form as stored: the title stripped, empty texts null, the publication time taken in the region's zone. */
		static MeetingSeries of(Long id, SeriesForm form, Instant now) {
			return new MeetingSeries(id, form.getKind(), form.getTitle().strip(),
					SeriesService.blankToNull(form.getDescription()), SeriesService.blankToNull(form.getPurpose()),
					SeriesService.blankToNull(form.getTargetGroup()), form.isPublished(),
					form.getPublishAt() == null ? null : form.getPublishAt().atZone(Series.ZONE).toInstant(),
					form.getRegistrationDeadline(), form.getCapacity(), form.getPerOrganisationLimit(),
					form.isSeriesRegistrationOnly(), form.isWaitingList(), now, now);
		}

		Series toSeries(List<Long> organiserIds) {
			return new Series(id, kind, title, description, purpose, targetGroup, published, publishAt,
					registrationDeadline, capacity, perOrganisationLimit, seriesRegistrationOnly, waitingList,
					organiserIds);
		}

	}

}
