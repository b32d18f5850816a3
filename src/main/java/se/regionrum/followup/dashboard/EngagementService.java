package se.regionrum.followup.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import se.regionrum.actors.MunicipalityBoundaries.Municipality;
import se.regionrum.actors.MunicipalityBoundaries;
import se.regionrum.dialogue.Meetings.OrganisationFigures;
import se.regionrum.dialogue.Meetings;
import se.regionrum.initiatives.InitiativeFigures.MunicipalityFigures;
import se.regionrum.initiatives.InitiativeFigures;
import se.regionrum.platform.Permissions;
import se.regionrum.strategy.ConsultationFigures;
import se.regionrum.strategy.Plans;

/**
 * Municipal engagement (seed 000: "alla kommuner engageras"): per municipality the dialogues held, people
 * who took part, registrations, initiatives and practice cases, current plans and consultation responses.
 * Signed-in users only: registrations and attendance per organisation are not published anywhere else, and
 * unpublished meetings and initiatives count. Counts only; no person is named.
 */
@Service
public class EngagementService {

	private final Permissions permissions;

	private final MunicipalityBoundaries municipalities;

	private final Meetings meetings;

	private final InitiativeFigures initiatives;

	private final Plans plans;

	private final ConsultationFigures consultations;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	EngagementService(Permissions permissions, MunicipalityBoundaries municipalities, Meetings meetings,
			InitiativeFigures initiatives, Plans plans, ConsultationFigures consultations, JsonMapper json,
			MessageSource messages, Clock clock) {
		this.permissions = permissions;
		this.municipalities = municipalities;
		this.meetings = meetings;
		this.initiatives = initiatives;
		this.plans = plans;
		this.consultations = consultations;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
	}

	/** Every municipality of the register, sorted by the measure (by name for {@code null}). */
	@Transactional(readOnly = true)
	public List<EngagementRow> rows(EngagementMeasure sort, boolean descending) {
		return sorted(rowsOf(municipalities.municipalities()), sort, descending);
	}

	private List<EngagementRow> rowsOf(List<Municipality> all) {
		permissions.requireSignedIn();
		LocalDate today = LocalDate.now(clock);
		Map<Long, OrganisationFigures> meetingFigures = meetings.byOrganisation(today);
		Map<Long, MunicipalityFigures> initiativeFigures = initiatives.byMunicipality();
		Map<Long, Integer> currentPlans = plans.currentPlanTypesByMunicipality(today);
		Map<Long, Integer> responses = consultations.responsesByOrganisation();
		List<EngagementRow> rows = new ArrayList<>();
		for (Municipality m : all) {
			OrganisationFigures mf = meetingFigures.getOrDefault(m.id(), new OrganisationFigures(0, 0, 0));
			MunicipalityFigures inf = initiativeFigures.getOrDefault(m.id(), new MunicipalityFigures(0, 0));
			rows.add(new EngagementRow(m.id(), m.name(), m.scbCode(), mf.meetingsHeld(), mf.participants(),
					mf.registrations(), inf.initiatives(), inf.practiceCases(), currentPlans.getOrDefault(m.id(), 0),
					responses.getOrDefault(m.id(), 0)));
		}
		return rows;
	}

	static List<EngagementRow> sorted(List<EngagementRow> rows, EngagementMeasure sort, boolean descending) {
		Comparator<EngagementRow> byName = Comparator.comparing(EngagementRow::name, String.CASE_INSENSITIVE_ORDER);
		Comparator<EngagementRow> order;
		if (sort == null) {
			order = descending ? byName.reversed() : byName;
		}
		else {
			Comparator<EngagementRow> byValue = Comparator.comparingInt(r -> r.value(sort));
			order = (descending ? byValue.reversed() : byValue).thenComparing(byName);
		}
		return rows.stream().sorted(order).toList();
	}

	/**
	 * Class breaks for the map (as {@code map.js} reads them: a value below the i-th break is in class i):
	 * the first class is always "none" (0), then up to four classes up to the largest value.
	 */
	static List<Integer> breaks(EngagementMeasure measure, List<EngagementRow> rows) {
		int max = rows.stream().mapToInt(r -> r.value(measure)).max().orElse(0);
		if (measure == EngagementMeasure.SCORE) {
			return List.of(1, 3, 5, 7);
		}
		if (max <= 4) {
			return List.of(1, 2, 3, 4);
		}
		List<Integer> breaks = new ArrayList<>(List.of(1));
		for (int i = 1; i <= 3; i++) {
			int b = 1 + (int) Math.ceil((max - 1) * i / 4.0);
			if (b > breaks.get(breaks.size() - 1)) {
				breaks.add(b);
			}
		}
		return breaks;
	}

	/** The legend of the map: per class its lowest and highest value ({@code null}: open upwards). */
	public record LegendClass(int index, int from, Integer to) {
	}

	static List<LegendClass> legend(List<Integer> breaks) {
		List<LegendClass> classes = new ArrayList<>();
		for (int i = 0; i <= breaks.size(); i++) {
			int from = i == 0 ? 0 : breaks.get(i - 1);
			Integer to = i == breaks.size() ? null : breaks.get(i) - 1;
			classes.add(new LegendClass(i, from, to));
		}
		return classes;
	}

	/** The table, the map's breaks and legend for one measure. */
	public record Engagement(List<EngagementRow> rows, List<EngagementRow> notEngaged, EngagementMeasure measure,
			List<Integer> breaks, List<LegendClass> legend) {
	}

	@Transactional(readOnly = true)
	public Engagement page(EngagementMeasure sort, boolean descending, EngagementMeasure measure) {
		List<EngagementRow> rows = rowsOf(municipalities.municipalities());
		List<Integer> breaks = breaks(measure, rows);
		List<EngagementRow> notEngaged = sorted(rows.stream().filter(r -> !r.engaged()).toList(), null, false);
		return new Engagement(sorted(rows, sort, descending), notEngaged, measure, breaks, legend(breaks));
	}

	/**
	 * The municipalities as GeoJSON for {@code map.js}'s choropleth: the measure's value in {@code population}
	 * (the property the script colours by) and a label saying it in words.
	 */
	@Transactional(readOnly = true)
	public byte[] mapFeatures(EngagementMeasure measure, Locale locale) {
		List<Municipality> all = municipalities.municipalities();
		List<EngagementRow> rows = rowsOf(all);
		ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		GeoJsonWriter writer = new GeoJsonWriter(5);
		writer.setEncodeCRS(false);
		String measureName = messages.getMessage(measure.messageKey(), null, locale);
		for (int i = 0; i < all.size(); i++) {
			Municipality m = all.get(i);
			EngagementRow row = rows.get(i);
			ObjectNode geometry;
			if (m.hasBoundary()) {
				geometry = (ObjectNode) json.readTree(writer.write(m.boundary()));
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
			int value = row.value(measure);
			properties.put("id", m.id());
			properties.put("name", m.name());
			properties.put("scbCode", m.scbCode());
			properties.put("population", value);
			properties.put("measure", measure.name());
			properties.put("engaged", row.engaged());
			String label = measureName + ": " + value;
			if (!row.engaged()) {
				label += " – " + messages.getMessage("dashboard.engagement.notEngaged", null, locale);
			}
			properties.put("populationLabel", label);
			properties.put("url", "/organisations/" + m.id());
		}
		return json.writeValueAsBytes(collection);
	}

}
