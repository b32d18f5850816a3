package se.regionrum.actors.boundary;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import se.regionrum.platform.NumberText;

/**
 * The municipalities as GeoJSON FeatureCollections: for the map (boundary, or the central town
 * as a point) and as the export of the imported boundaries. Where the boundaries come from is
 * given in a top-level "attribution" member (a foreign member, RFC 7946 section 6.1).
 */
@Component
class MunicipalityFeatures {

	static final String MEDIA_TYPE = "application/geo+json";

	private final BoundaryQueries queries;

	private final JsonMapper json;

	private final MessageSource messages;

	MunicipalityFeatures(BoundaryQueries queries, JsonMapper json, MessageSource messages) {
		this.queries = queries;
		this.json = json;
		this.messages = messages;
	}

	List<MunicipalityRow> municipalities() {
		return queries.municipalities();
	}

	/** The sources of the boundaries, joined for an attribution line; empty when none is known. */
	String attribution() {
		return String.join("; ", queries.sources());
	}

	/** Every municipality: its boundary, else a point at its central town; those with neither are left out. */
	byte[] forMap(Locale locale) {
		ObjectNode collection = collection();
		ArrayNode features = collection.putArray("features");
		for (MunicipalityRow m : queries.municipalities()) {
			ObjectNode geometry;
			if (m.hasBoundary()) {
				geometry = (ObjectNode) json.readTree(m.geometry());
			}
			else if (m.hasTown()) {
				geometry = json.createObjectNode().put("type", "Point");
				geometry.putArray("coordinates").add(m.townLongitude()).add(m.townLatitude());
			}
			else {
				continue;
			}
			ObjectNode feature = features.addObject().put("type", "Feature");
			feature.set("geometry", geometry);
			ObjectNode properties = feature.putObject("properties");
			properties.put("id", m.id());
			properties.put("name", m.name());
			properties.put("scbCode", m.scbCode());
			properties.put("population", m.population());
			properties.put("populationYear", m.populationYear());
			properties.put("populationLabel", m.population() == null ? null
					: messages.getMessage("actors.map.populationLabel",
							new Object[] { NumberText.integer(m.population(), locale) }, locale));
			properties.put("centralTown", m.centralTown());
			properties.put("hasBoundary", m.hasBoundary());
			properties.put("url", "/organisations/" + m.id());
		}
		return json.writeValueAsBytes(collection);
	}

	/** The imported boundaries only: the export. */
	byte[] boundaries() {
		ObjectNode collection = collection();
		ArrayNode features = collection.putArray("features");
		for (MunicipalityRow m : queries.municipalities()) {
			if (!m.hasBoundary()) {
				continue;
			}
			ObjectNode feature = features.addObject().put("type", "Feature");
			feature.set("geometry", json.readTree(m.geometry()));
			ObjectNode properties = feature.putObject("properties");
			properties.put("scbCode", m.scbCode());
			properties.put("name", m.name());
			properties.put("organisationId", m.id());
			properties.put("source", m.source());
			properties.put("importedAt", m.importedAt().toString());
		}
		return json.writeValueAsBytes(collection);
	}

	/** An empty FeatureCollection, with the attribution (when known) before the features. */
	private ObjectNode collection() {
		ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
		String attribution = attribution();
		if (!attribution.isEmpty()) {
			collection.put("attribution", attribution);
		}
		return collection;
	}

}
