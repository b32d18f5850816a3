package se.regionrum.dialogue.series;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The series form of the pages (the API takes {@link SeriesRequest}); publication and the
 * registration rules its meetings share come from {@link RegistrationSettingsForm}. A JavaBean so
 * that a wrongly typed value keeps the form.
 */
public class SeriesForm extends RegistrationSettingsForm {

	@NotNull(message = "{dialogue.validation.kind}")
	private SeriesKind kind;

	@NotBlank(message = "{dialogue.validation.title}")
	@Size(max = 300, message = "{dialogue.validation.tooLong}")
	private String title;

	private String description;

	private String purpose;

	private String targetGroup;

	private boolean seriesRegistrationOnly;

	private List<Long> organiserIds = new ArrayList<>();

	public static SeriesForm of(Series s) {
		SeriesForm form = new SeriesForm();
		form.kind = s.kind();
		form.title = s.title();
		form.description = s.description();
		form.purpose = s.purpose();
		form.targetGroup = s.targetGroup();
		form.copySettings(s.published(), s.publishAt(), s.registrationDeadline(), s.capacity(), s.perOrganisationLimit(),
				s.waitingList());
		form.seriesRegistrationOnly = s.seriesRegistrationOnly();
		form.organiserIds = new ArrayList<>(s.organiserIds());
		return form;
	}

	public SeriesKind getKind() { return kind; }
	public void setKind(SeriesKind kind) { this.kind = kind; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getPurpose() { return purpose; }
	public void setPurpose(String purpose) { this.purpose = purpose; }
	public String getTargetGroup() { return targetGroup; }
	public void setTargetGroup(String targetGroup) { this.targetGroup = targetGroup; }
	public boolean isSeriesRegistrationOnly() { return seriesRegistrationOnly; }
	public void setSeriesRegistrationOnly(boolean seriesRegistrationOnly) { this.seriesRegistrationOnly = seriesRegistrationOnly; }
	public List<Long> getOrganiserIds() { return organiserIds; }
	public void setOrganiserIds(List<Long> organiserIds) { this.organiserIds = organiserIds == null ? new ArrayList<>() : organiserIds; }

}
