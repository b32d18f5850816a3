package se.regionrum.followup.mapcomposer;

import java.util.List;

/**
 * A composition as the API takes it; {@code layers} in drawing order (none: no layers).
 *
 * @param paperSize A4 or A3 (none: A4)
 */
public record MapRequest(String title, String subtitle, String sourceLine, String paperSize, Long ownerOrganisationId,
		boolean published, List<LayerRequest> layers) {

	public record LayerRequest(LayerKind kind, LayerOptions options) {
	}

	MapForm form() {
		MapForm form = new MapForm();
		form.setTitle(title);
		form.setSubtitle(subtitle);
		form.setSourceLine(sourceLine);
		form.setPaperSize(PaperSize.of(paperSize));
		form.setOwnerOrganisationId(ownerOrganisationId);
		form.setPublished(published);
		return form;
	}

}
