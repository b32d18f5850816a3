package se.regionrum.dialogue.series;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A meeting series as API clients send it; rules across fields and records are checked by
 * {@link SeriesService}. Left out (or null), {@code published} and {@code seriesRegistrationOnly}
 * are false, {@code waitingList} true and {@code organiserIds} empty.
 */
@Schema(description = "A series of meetings with the registration rules its meetings share")
public record SeriesRequest(
		@NotNull(message = "{dialogue.validation.kind}") SeriesKind kind,
		@NotBlank(message = "{dialogue.validation.title}") @Size(max = 300, message = "{dialogue.validation.tooLong}") String title,
		String description,
		String purpose,
		String targetGroup,
		Boolean published,
		LocalDateTime publishAt,
		LocalDate registrationDeadline,
		@Min(value = 1, message = "{dialogue.validation.positive}") @Max(value = 100000, message = "{dialogue.validation.positive}") Integer capacity,
		@Min(value = 1, message = "{dialogue.validation.positive}") @Max(value = 100000, message = "{dialogue.validation.positive}") Integer perOrganisationLimit,
		Boolean seriesRegistrationOnly,
		Boolean waitingList,
		List<Long> organiserIds) {

	SeriesForm toForm() {
		SeriesForm form = new SeriesForm();
		form.setKind(kind);
		form.setTitle(title);
		form.setDescription(description);
		form.setPurpose(purpose);
		form.setTargetGroup(targetGroup);
		form.requestedSettings(published, publishAt, registrationDeadline, capacity, perOrganisationLimit, waitingList);
		form.setSeriesRegistrationOnly(Boolean.TRUE.equals(seriesRegistrationOnly));
		form.setOrganiserIds(organiserIds == null ? new ArrayList<>() : new ArrayList<>(organiserIds));
		return form;
	}

}
