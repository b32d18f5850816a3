package se.regionrum.followup.mapcomposer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The details of a composition on its form: title, subtitle, source line, paper, owner and published. */
public class MapForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 500)
	private String subtitle;

	@Size(max = 500)
	private String sourceLine;

	private PaperSize paperSize = PaperSize.A4;

	@NotNull
	private Long ownerOrganisationId;

	private boolean published;

	public static MapForm of(MapComposition map) {
		MapForm form = new MapForm();
		form.title = map.title();
		form.subtitle = map.subtitle();
		form.sourceLine = map.sourceLine();
		form.paperSize = map.paper();
		form.ownerOrganisationId = map.ownerOrganisationId();
		form.published = map.published();
		return form;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSubtitle() {
		return subtitle;
	}

	public void setSubtitle(String subtitle) {
		this.subtitle = subtitle;
	}

	public String getSourceLine() {
		return sourceLine;
	}

	public void setSourceLine(String sourceLine) {
		this.sourceLine = sourceLine;
	}

	public PaperSize getPaperSize() {
		return paperSize;
	}

	public void setPaperSize(PaperSize paperSize) {
		this.paperSize = paperSize;
	}

	public Long getOwnerOrganisationId() {
		return ownerOrganisationId;
	}

	public void setOwnerOrganisationId(Long ownerOrganisationId) {
		this.ownerOrganisationId = ownerOrganisationId;
	}

	public boolean isPublished() {
		return published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

}
