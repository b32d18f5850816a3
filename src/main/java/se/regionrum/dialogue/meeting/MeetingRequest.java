package se.regionrum.dialogue.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A meeting as API clients send it; rules across fields and records are checked by
 * {@link MeetingService}. Left out (or null), {@code published} is false and {@code waitingList} true.
 */
@Schema(description = "A meeting; times as HH:mm, publishAt in the region's local time")
public record MeetingRequest(
		Long seriesId,
		Long organiserId,
		@NotNull(message = "{dialogue.validation.kind}") MeetingKind kind,
		@NotBlank(message = "{dialogue.validation.title}") @Size(max = 300, message = "{dialogue.validation.tooLong}") String title,
		@NotNull(message = "{dialogue.validation.date}") LocalDate date,
		@NotNull(message = "{dialogue.validation.startTime}") LocalTime startTime,
		@NotNull(message = "{dialogue.validation.endTime}") LocalTime endTime,
		LocalTime coffeeTime,
		@Size(max = 300, message = "{dialogue.validation.tooLong}") String place,
		@Size(max = 500, message = "{dialogue.validation.tooLong}") String onlineUrl,
		String theme,
		String description,
		String documents,
		Boolean published,
		LocalDateTime publishAt,
		LocalDate registrationDeadline,
		@Min(value = 1, message = "{dialogue.validation.positive}") @Max(value = 100000, message = "{dialogue.validation.positive}") Integer capacity,
		@Min(value = 1, message = "{dialogue.validation.positive}") @Max(value = 100000, message = "{dialogue.validation.positive}") Integer perOrganisationLimit,
		Boolean waitingList) {

	MeetingForm toForm() {
		MeetingForm form = new MeetingForm();
		form.setSeriesId(seriesId);
		form.setOrganiserId(organiserId);
		form.setKind(kind);
		form.setTitle(title);
		form.setDate(date);
		form.setStartTime(startTime);
		form.setEndTime(endTime);
		form.setCoffeeTime(coffeeTime);
		form.setPlace(place);
		form.setOnlineUrl(onlineUrl);
		form.setTheme(theme);
		form.setDescription(description);
		form.setDocuments(documents);
		form.requestedSettings(published, publishAt, registrationDeadline, capacity, perOrganisationLimit, waitingList);
		return form;
	}

}
