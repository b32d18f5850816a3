package se.regionrum.followup.mapcomposer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A composed map: a title, a subtitle, a source line, the paper of its PDF page and its layers in
 * drawing order. It belongs to an owner organisation, whose editors change it; visitors see it
 * when it is published.
 */
@Table
public record MapComposition(@Id Long id, @Version Long version, String title, String subtitle, String sourceLine,
		String paperSize, long ownerOrganisationId, boolean published, Instant createdAt, Instant updatedAt,
		List<MapLayer> layers) {

	public MapComposition {
		layers = layers == null ? List.of() : List.copyOf(layers);
	}

	public PaperSize paper() {
		return PaperSize.of(paperSize);
	}

	MapComposition withLayers(List<MapLayer> newLayers, Instant now) {
		return new MapComposition(id, version, title, subtitle, sourceLine, paperSize, ownerOrganisationId, published,
				createdAt, now, newLayers);
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", title);
		values.put("subtitle", subtitle);
		values.put("sourceLine", sourceLine);
		values.put("paperSize", paperSize);
		values.put("ownerOrganisationId", ownerOrganisationId);
		values.put("published", published);
		values.put("layers", layers.stream().map(l -> l.kind() + l.options()).toList().toString());
		return values;
	}

}
