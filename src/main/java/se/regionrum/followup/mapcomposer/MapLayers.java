package se.regionrum.followup.mapcomposer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.regionrum.actors.MunicipalityBoundaries;
import se.regionrum.actors.MunicipalityBoundaries.Municipality;
import se.regionrum.analysis.AnalysisRuns;
import se.regionrum.analysis.AnalysisRuns.FinishedRun;
import se.regionrum.followup.mapcomposer.StyledMap.LegendEntry;
import se.regionrum.followup.mapcomposer.StyledMap.MapFeature;
import se.regionrum.followup.mapcomposer.StyledMap.Style;
import se.regionrum.followup.mapcomposer.StyledMap.StyledLayer;
import se.regionrum.indicators.Area;
import se.regionrum.indicators.Areas;
import se.regionrum.indicators.CommutingFlow;
import se.regionrum.indicators.CommutingFlows;
import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.Indicators;
import se.regionrum.initiatives.Establishments;
import se.regionrum.initiatives.InitiativePlace;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.initiatives.Initiatives;
import se.regionrum.platform.NumberText;
import se.regionrum.strategy.PlanStatus;
import se.regionrum.strategy.Plans;

/**
 * Builds the styled layers of a composition from the other modules' root APIs. Everything a map
 * shows is decided here (classes, colours, widths, legend and table texts), once for the screen
 * and the print.
 */
@Component
public class MapLayers {

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	/** About 200 m: boundaries lose detail no map of a region shows. */
	private static final double SIMPLIFY_DEGREES = 0.002;

	/** Flows drawn at most: a map with more is a tangle. */
	static final int MAX_FLOWS = 60;

	/** Dalarna and its neighbours, when nothing else tells where to look. */
	private static final Envelope FALLBACK_BOUNDS = new Envelope(12.0, 16.9, 59.8, 62.3);

	private final MunicipalityBoundaries boundaries;

	private final Indicators indicators;

	private final Areas areas;

	private final CommutingFlows flows;

	private final Initiatives initiatives;

	private final Establishments establishments;

	private final Plans plans;

	private final AnalysisRuns runs;

	private final MapCompositionService compositions;

	private final MessageSource messages;

	MapLayers(MunicipalityBoundaries boundaries, Indicators indicators, Areas areas, CommutingFlows flows,
			Initiatives initiatives, Establishments establishments, Plans plans, AnalysisRuns runs,
			MapCompositionService compositions, MessageSource messages) {
		this.boundaries = boundaries;
		this.indicators = indicators;
		this.areas = areas;
		this.flows = flows;
		this.initiatives = initiatives;
		this.establishments = establishments;
		this.plans = plans;
		this.runs = runs;
		this.compositions = compositions;
		this.messages = messages;
	}

	/** The composition with every layer built, in the current user's view (visitors: published data only). */
	public StyledMap build(MapComposition map, Locale locale) {
		Context c = new Context(locale, boundaries.municipalities());
		List<StyledLayer> layers = new ArrayList<>();
		boolean areaBelow = false;
		for (int i = 0; i < map.layers().size(); i++) {
			MapLayer layer = map.layers().get(i);
			LayerOptions options = compositions.options(layer);
			boolean outlineOnly = areaBelow;
			areaBelow |= layer.kind().area();
			layers.add(switch (layer.kind()) {
				case BOUNDARIES -> boundaries(i, options, outlineOnly, c);
				case INITIATIVES -> initiatives(i, options, c);
				case ESTABLISHMENTS -> establishments(i, c);
				case PLAN_MATRIX -> planMatrix(i, options, c);
				case SERVICE_POINTS -> servicePoints(i, options, c);
				case ACCESSIBILITY -> accessibility(i, options, c);
				case FLOWS -> flows(i, options, c);
			});
		}
		return new StyledMap(map.id(), map.title(), map.subtitle(), map.sourceLine(), map.paper(), layers, bounds(c, layers));
	}

	private Envelope bounds(Context c, List<StyledLayer> layers) {
		Envelope envelope = new Envelope();
		c.municipalities.stream().filter(Municipality::hasBoundary)
			.forEach(m -> envelope.expandToInclude(m.boundary().getEnvelopeInternal()));
		if (envelope.isNull()) {
			layers.forEach(l -> l.features().forEach(f -> envelope.expandToInclude(f.geometry().getEnvelopeInternal())));
		}
		if (envelope.isNull() || envelope.getWidth() < 0.05) {
			return envelope.isNull() ? FALLBACK_BOUNDS : new Envelope(envelope.getMinX() - 0.3, envelope.getMaxX() + 0.3,
					envelope.getMinY() - 0.15, envelope.getMaxY() + 0.15);
		}
		return envelope;
	}

	// Municipal boundaries, plain or as a choropleth

	/**
	 * @param outlineOnly plain boundaries over another area layer are drawn as outlines, so that
	 *        they frame that layer instead of hiding it
	 */
	private StyledLayer boundaries(int position, LayerOptions options, boolean outlineOnly, Context c) {
		Optional<IndicatorRef> indicator = indicator(options);
		if (indicator.isEmpty()) {
			String note = options.indicatorId() != null || options.indicatorCode() != null
					? c.text("mapcomposer.note.indicatorMissing") : null;
			List<Style> styles = List.of(Style.area(outlineOnly ? null : "#f2f2f2", OUTLINE, 1.2, null));
			List<MapFeature> features = new ArrayList<>();
			List<List<String>> rows = new ArrayList<>();
			for (Municipality m : c.municipalities) {
				if (m.hasBoundary()) {
					features.add(new MapFeature(c.simplified(m), 0, m.name(), options.showLabels() ? c.shortName(m) : null));
				}
				rows.add(List.of(m.name(), m.population() == null ? "–" : NumberText.integer(m.population(), c.locale)));
			}
			return new StyledLayer(position, LayerKind.BOUNDARIES, c.text("mapcomposer.kind.BOUNDARIES"), note, styles,
					features, List.of(new LegendEntry("AREA", 0, c.text("mapcomposer.legend.municipality"))),
					List.of(c.text("mapcomposer.table.municipality"), c.text("mapcomposer.table.population")), rows);
		}
		IndicatorRef ind = indicator.get();
		List<Integer> years = indicators.years(ind.id());
		Integer year = options.year() != null && years.contains(options.year()) ? options.year()
				: years.isEmpty() ? null : years.get(years.size() - 1);
		Map<String, IndicatorValue> byArea = new HashMap<>();
		if (year != null) {
			indicators.valuesOfYear(ind.id(), year, Gender.T).forEach(v -> byArea.put(v.areaCode(), v));
		}
		List<Double> values = c.municipalities.stream().map(m -> byArea.get(m.scbCode()))
			.filter(v -> v != null && v.present()).map(IndicatorValue::value).toList();
		List<Double> breaks = MapStyle.quantileBreaks(values, 5);
		List<String> colours = MapStyle.spread(MapStyle.SEQUENTIAL, breaks.size() + 1);
		List<Style> styles = new ArrayList<>();
		colours.forEach(colour -> styles.add(Style.area(colour, OUTLINE, 1.2, null)));
		int noData = styles.size();
		styles.add(Style.area(MapStyle.NO_DATA, OUTLINE, 1.2, MapStyle.DASHED));
		List<MapFeature> features = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		boolean example = false;
		for (Municipality m : c.municipalities) {
			IndicatorValue v = byArea.get(m.scbCode());
			boolean present = v != null && v.present();
			example |= v != null && v.example();
			String valueText = present ? MapStyle.number(v.value(), c.locale) : c.text("mapcomposer.noData");
			if (m.hasBoundary()) {
				features.add(new MapFeature(c.simplified(m), present ? MapStyle.classOf(v.value(), breaks) : noData,
						m.name() + ": " + valueText + (present ? " " + ind.unit() : ""),
						options.showLabels() ? c.shortName(m) : null));
			}
			rows.add(List.of(m.name(), present ? valueText + "\u00a0" + ind.unit() : valueText));
		}
		List<LegendEntry> legend = new ArrayList<>();
		List<String> labels = breaks.isEmpty() ? List.of(ind.unit())
				: MapStyle.rangeLabels(breaks, ind.unit(), c.locale, c.text("mapcomposer.legend.under"),
						c.text("mapcomposer.legend.over"));
		for (int i = 0; i < labels.size(); i++) {
			legend.add(new LegendEntry("AREA", i, labels.get(i)));
		}
		legend.add(new LegendEntry("AREA", noData, c.text("mapcomposer.noData")));
		String title = ind.name() + (year == null ? "" : ", " + year);
		String note = year == null ? c.text("mapcomposer.note.noValues")
				: example ? c.text("mapcomposer.note.example") : null;
		return new StyledLayer(position, LayerKind.BOUNDARIES, title, note, styles, features, legend,
				List.of(c.text("mapcomposer.table.municipality"), ind.name()), rows);
	}

	/** The indicator by id or, for demo data, by code. */
	public Optional<IndicatorRef> indicator(LayerOptions options) {
		if (options.indicatorId() != null) {
			return indicators.find(options.indicatorId());
		}
		if (options.indicatorCode() != null) {
			return indicators.all().stream().filter(i -> i.code().equalsIgnoreCase(options.indicatorCode())).findFirst();
		}
		return Optional.empty();
	}

	// Initiatives and establishments

	private StyledLayer initiatives(int position, LayerOptions options, Context c) {
		InitiativeStatus status = null;
		if (options.status() != null) {
			try {
				status = InitiativeStatus.valueOf(options.status());
			}
			catch (IllegalArgumentException ex) {
				status = null;
			}
		}
		List<InitiativePlace> places = initiatives.places(status, options.goalId(), options.municipalityId());
		List<Style> styles = List.of(Style.point("CIRCLE", MapStyle.INITIATIVE, 6),
				Style.point("CIRCLE", "#cab2d6", 6));
		Map<Long, Municipality> byId = c.byId();
		Map<String, Integer> taken = new HashMap<>();
		List<MapFeature> features = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (InitiativePlace p : places) {
			Coordinate at = null;
			String where = "";
			if (p.hasPoint()) {
				at = new Coordinate(p.longitude(), p.latitude());
			}
			else {
				for (Long id : p.municipalityIds()) {
					Municipality m = byId.get(id);
					if (m != null && m.hasTown()) {
						at = new Coordinate(m.townLongitude(), m.townLatitude());
						break;
					}
				}
			}
			List<String> names = p.municipalityIds().stream().map(byId::get).filter(m -> m != null)
				.map(Municipality::name).toList();
			where = String.join(", ", names);
			String statusText = c.text("initiatives.status." + p.status());
			rows.add(List.of(p.title(), statusText, where.isEmpty() ? "–" : where));
			if (at == null) {
				continue;
			}
			// initiatives at one town are set in a small ring around it, so each stays clickable
			String key = Math.round(at.x * 1000) + "/" + Math.round(at.y * 1000);
			int n = taken.merge(key, 1, Integer::sum) - 1;
			if (n > 0) {
				double angle = n * 2.4;
				double r = 0.025 * Math.sqrt(n);
				at = new Coordinate(at.x + r * Math.cos(angle) * 2, at.y + r * Math.sin(angle));
			}
			features.add(new MapFeature(GEOMETRY.createPoint(at), p.status().isActive() ? 0 : 1,
					p.title() + " (" + statusText + ")", options.showLabels() ? p.title() : null));
		}
		String title = c.text("mapcomposer.kind.INITIATIVES") + (status == null ? ""
				: " – " + c.text("initiatives.status." + status));
		return new StyledLayer(position, LayerKind.INITIATIVES, title,
				places.isEmpty() ? c.text("mapcomposer.note.none") : null, styles, features,
				List.of(new LegendEntry("POINT", 0, c.text("mapcomposer.legend.initiativeActive")),
						new LegendEntry("POINT", 1, c.text("mapcomposer.legend.initiativeDone"))),
				List.of(c.text("mapcomposer.table.initiative"), c.text("mapcomposer.table.status"),
						c.text("mapcomposer.table.municipality")),
				rows);
	}

	private StyledLayer establishments(int position, Context c) {
		List<Style> styles = List.of(Style.point("SQUARE", MapStyle.ESTABLISHMENT, 8));
		Map<Long, Municipality> byId = c.byId();
		List<MapFeature> features = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (Establishments.EstablishmentPlace e : establishments.placed()) {
			String jobs = NumberText.integer(e.directJobs(), c.locale);
			features.add(new MapFeature(GEOMETRY.createPoint(new Coordinate(e.longitude(), e.latitude())), 0,
					e.company() + ": " + jobs + " " + c.text("mapcomposer.jobs"), e.company()));
			Municipality m = byId.get(e.municipalityId());
			rows.add(List.of(e.company(), m == null ? "–" : m.name(), jobs));
		}
		return new StyledLayer(position, LayerKind.ESTABLISHMENTS, c.text("mapcomposer.kind.ESTABLISHMENTS"),
				rows.isEmpty() ? c.text("mapcomposer.note.none") : null, styles, features,
				List.of(new LegendEntry("POINT", 0, c.text("mapcomposer.legend.establishment"))),
				List.of(c.text("mapcomposer.table.company"), c.text("mapcomposer.table.municipality"),
						c.text("mapcomposer.table.directJobs")),
				rows);
	}

	// The planning reality

	private StyledLayer planMatrix(int position, LayerOptions options, Context c) {
		List<Style> styles = List.of(Style.area(MapStyle.PLAN_CURRENT, OUTLINE, 1.2, null),
				Style.area(MapStyle.PLAN_OUTDATED, OUTLINE, 1.2, null),
				Style.area(MapStyle.NO_DATA, OUTLINE, 1.2, MapStyle.DASHED));
		List<MapFeature> features = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		String typeName = null;
		for (Municipality m : c.municipalities) {
			List<PlanStatus> statuses = plans.ofMunicipality(m.id());
			Optional<PlanStatus> status = statuses.stream()
				.filter(s -> options.planTypeId() == null || s.planTypeId() == options.planTypeId())
				.findFirst();
			if (status.isEmpty()) {
				continue;
			}
			PlanStatus s = status.get();
			typeName = "en".equals(c.locale.getLanguage()) && s.planTypeNameEn() != null ? s.planTypeNameEn()
					: s.planTypeName();
			int style = switch (s.state()) {
				case "CURRENT" -> 0;
				case "OUTDATED" -> 1;
				default -> 2;
			};
			String stateText = c.text("mapcomposer.plan." + s.state());
			if (m.hasBoundary()) {
				features.add(new MapFeature(c.simplified(m), style, m.name() + ": " + stateText,
						options.showLabels() ? c.shortName(m) : null));
			}
			rows.add(List.of(m.name(), stateText, s.latestTitle() == null ? "–"
					: s.latestTitle() + (s.latestAdoptedOn() == null ? "" : " (" + s.latestAdoptedOn() + ")")));
		}
		String title = c.text("mapcomposer.kind.PLAN_MATRIX") + (typeName == null ? "" : ": " + typeName);
		return new StyledLayer(position, LayerKind.PLAN_MATRIX, title,
				rows.isEmpty() ? c.text("mapcomposer.note.none") : null, styles, features,
				List.of(new LegendEntry("AREA", 0, c.text("mapcomposer.plan.CURRENT")),
						new LegendEntry("AREA", 1, c.text("mapcomposer.plan.OUTDATED")),
						new LegendEntry("AREA", 2, c.text("mapcomposer.plan.MISSING"))),
				List.of(c.text("mapcomposer.table.municipality"), c.text("mapcomposer.table.planState"),
						c.text("mapcomposer.table.latestPlan")),
				rows);
	}

	// Analysis results

	/** The run named, or the latest finished one. */
	Optional<FinishedRun> run(LayerOptions options) {
		if (options.runId() != null) {
			return runs.find(options.runId());
		}
		return runs.finished().stream().filter(r -> !r.scenario()).findFirst();
	}

	private String serviceType(LayerOptions options, FinishedRun run) {
		if (options.serviceType() != null && run.serviceTypes().contains(options.serviceType())) {
			return options.serviceType();
		}
		return run.serviceTypes().isEmpty() ? null : run.serviceTypes().get(0);
	}

	private StyledLayer servicePoints(int position, LayerOptions options, Context c) {
		List<Style> styles = List.of(Style.point("TRIANGLE", MapStyle.SERVICE_POINT, 5),
				Style.point("DIAMOND", "#2166ac", 6));
		Optional<FinishedRun> run = run(options);
		if (run.isEmpty()) {
			return empty(position, LayerKind.SERVICE_POINTS, c.text("mapcomposer.kind.SERVICE_POINTS"),
					c.text("mapcomposer.note.noRun"), styles, c);
		}
		String type = options.serviceType() == null ? null : serviceType(options, run.get());
		Map<String, String> typeNames = runs.serviceTypeNames(c.locale);
		List<MapFeature> features = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (AnalysisRuns.RunServicePoint p : runs.servicePoints(run.get().id(), type)) {
			String typeName = typeNames.getOrDefault(p.serviceType(), p.serviceType());
			String name = p.name() == null || p.name().isBlank() ? typeName : p.name();
			features.add(new MapFeature(GEOMETRY.createPoint(new Coordinate(p.longitude(), p.latitude())),
					p.added() ? 1 : 0, name + " (" + typeName + ")", options.showLabels() ? name : null));
			rows.add(List.of(name, typeName));
		}
		String title = c.text("mapcomposer.kind.SERVICE_POINTS")
				+ (type == null ? "" : ": " + typeNames.getOrDefault(type, type));
		List<LegendEntry> legend = new ArrayList<>();
		legend.add(new LegendEntry("POINT", 0, c.text("mapcomposer.legend.servicePoint")));
		if (features.stream().anyMatch(f -> f.style() == 1)) {
			legend.add(new LegendEntry("POINT", 1, c.text("mapcomposer.legend.servicePointAdded")));
		}
		return new StyledLayer(position, LayerKind.SERVICE_POINTS, title, run.get().name(), styles, features, legend,
				List.of(c.text("mapcomposer.table.name"), c.text("mapcomposer.table.serviceType")), rows);
	}

	private StyledLayer accessibility(int position, LayerOptions options, Context c) {
		boolean km = options.km();
		List<Integer> limits = km ? MapStyle.KM : MapStyle.MINUTES;
		String unit = km ? "km" : "min";
		// a grid cell is smaller than a pixel at the scale of a region: each is a dot of fixed size
		// at its centre, which reads at any zoom and keeps the data small
		List<Style> styles = new ArrayList<>();
		for (String colour : MapStyle.ACCESS) {
			styles.add(new Style(colour, 0.9, null, 0, null, 2.2, "CIRCLE"));
		}
		List<LegendEntry> legend = new ArrayList<>();
		List<String> labels = new ArrayList<>(MapStyle.rangeLabels(limits, unit, c.locale,
				c.text("mapcomposer.legend.upTo"), c.text("mapcomposer.legend.over")));
		labels.add(c.text("mapcomposer.legend.unreachable"));
		for (int i = 0; i < labels.size(); i++) {
			legend.add(new LegendEntry("AREA", i, labels.get(i)));
		}
		Optional<FinishedRun> run = run(options);
		String kindTitle = c.text(km ? "mapcomposer.kind.ACCESSIBILITY.km" : "mapcomposer.kind.ACCESSIBILITY");
		if (run.isEmpty()) {
			return empty(position, LayerKind.ACCESSIBILITY, kindTitle, c.text("mapcomposer.note.noRun"), styles, c);
		}
		String type = serviceType(options, run.get());
		long[] population = new long[labels.size()];
		List<MapFeature> features = new ArrayList<>();
		for (AnalysisRuns.RunCell cell : runs.cells(run.get().id(), type)) {
			Double value = km ? cell.km() : cell.minutes() == null ? null : (double) cell.minutes();
			int band = value == null ? labels.size() - 1 : bandOf(value, limits);
			population[band] += cell.population();
			features.add(new MapFeature(GEOMETRY.createPoint(new Coordinate(cell.longitude(), cell.latitude())), band,
					null, null));
		}
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			rows.add(List.of(labels.get(i), NumberText.integer(population[i], c.locale)));
		}
		String typeName = type == null ? "" : runs.serviceTypeNames(c.locale).getOrDefault(type, type);
		return new StyledLayer(position, LayerKind.ACCESSIBILITY, kindTitle + ": " + typeName, run.get().name(),
				styles, features, legend,
				List.of(c.text(km ? "mapcomposer.table.distance" : "mapcomposer.table.time"),
						c.text("mapcomposer.table.population")),
				rows);
	}

	/** Band like the analysis pages: up to and including each limit. */
	private static int bandOf(double value, List<Integer> limits) {
		for (int i = 0; i < limits.size(); i++) {
			if (value <= limits.get(i)) {
				return i;
			}
		}
		return limits.size();
	}

	private StyledLayer empty(int position, LayerKind kind, String title, String note, List<Style> styles, Context c) {
		return new StyledLayer(position, kind, title, note, styles, List.of(), List.of(), List.of(), List.of());
	}

	// Commuting flows

	private StyledLayer flows(int position, LayerOptions options, Context c) {
		// each width drawn on a white casing, so that flows read on the darkest choropleth class too
		List<Style> styles = new ArrayList<>();
		MapStyle.FLOW_WIDTHS.forEach(w -> styles.add(Style.line(MapStyle.FLOW, w)));
		int arrow = styles.size();
		styles.add(new Style(MapStyle.FLOW, 1, "#ffffff", 1, null, 0, null));
		int casing = styles.size();
		MapStyle.FLOW_WIDTHS.forEach(w -> styles.add(Style.line("#ffffff", w + 3)));
		List<Integer> years = flows.years();
		Integer year = options.year() != null && years.contains(options.year()) ? options.year()
				: years.isEmpty() ? null : years.get(years.size() - 1);
		int min = options.minPersons() == null ? 100 : Math.max(1, options.minPersons());
		String kindTitle = c.text("mapcomposer.kind.FLOWS");
		if (year == null) {
			return empty(position, LayerKind.FLOWS, kindTitle, c.text("mapcomposer.note.noFlows"), styles, c);
		}
		Map<String, Area> areaByCode = new HashMap<>();
		areas.all().forEach(a -> areaByCode.put(a.code(), a));
		String county = areas.homeCountyCode();
		List<CommutingFlow> shown = flows.flows(year, Gender.T, min).stream()
			.filter(f -> areaByCode.containsKey(f.homeCode()) && areaByCode.containsKey(f.workCode()))
			.filter(f -> county == null || county.equals(areaByCode.get(f.homeCode()).countyCode())
					|| county.equals(areaByCode.get(f.workCode()).countyCode()))
			.limit(MAX_FLOWS)
			.toList();
		List<Double> breaks = MapStyle.quantileBreaks(shown.stream().map(f -> (double) f.persons()).toList(), 3);
		List<MapFeature> features = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		boolean example = false;
		for (CommutingFlow f : shown) {
			Area from = areaByCode.get(f.homeCode());
			Area to = areaByCode.get(f.workCode());
			example |= f.example();
			String persons = NumberText.integer(f.persons(), c.locale);
			int cls = Math.min(MapStyle.classOf(f.persons(), breaks), MapStyle.FLOW_WIDTHS.size() - 1);
			Coordinate[] curve = curve(from, to);
			String name = from.name() + " → " + to.name() + ": " + persons;
			features.add(new MapFeature(GEOMETRY.createLineString(curve), casing + cls, null, null));
			features.add(new MapFeature(GEOMETRY.createLineString(curve), cls, name, null));
			features.add(new MapFeature(arrowHead(curve, 0.035 + 0.012 * cls), arrow, name, null));
			rows.add(List.of(from.name(), to.name(), persons));
		}
		List<LegendEntry> legend = new ArrayList<>();
		List<String> labels = breaks.isEmpty() ? List.of(c.text("mapcomposer.legend.persons"))
				: MapStyle.rangeLabels(breaks, c.text("mapcomposer.legend.persons"), c.locale,
						c.text("mapcomposer.legend.under"), c.text("mapcomposer.legend.over"));
		for (int i = 0; i < labels.size() && i < MapStyle.FLOW_WIDTHS.size(); i++) {
			legend.add(new LegendEntry("LINE", i, labels.get(i)));
		}
		String note = c.text("mapcomposer.note.flows", NumberText.integer(min, c.locale))
				+ (example ? " " + c.text("mapcomposer.note.example") : "");
		return new StyledLayer(position, LayerKind.FLOWS, kindTitle + " " + year, note, styles, features, legend,
				List.of(c.text("mapcomposer.table.home"), c.text("mapcomposer.table.work"),
						c.text("mapcomposer.table.persons")),
				rows);
	}

	/**
	 * A flow bends to its right, so that flows both ways between two places run apart and the
	 * direction reads from the bend as well as from the arrow head.
	 */
	static Coordinate[] curve(Area from, Area to) {
		double cos = Math.cos(Math.toRadians((from.latitude() + to.latitude()) / 2));
		double x0 = from.longitude() * cos;
		double y0 = from.latitude();
		double x1 = to.longitude() * cos;
		double y1 = to.latitude();
		double mx = (x0 + x1) / 2 + (y1 - y0) * 0.15;
		double my = (y0 + y1) / 2 - (x1 - x0) * 0.15;
		int steps = 16;
		Coordinate[] points = new Coordinate[steps + 1];
		for (int i = 0; i <= steps; i++) {
			double t = (double) i / steps;
			double x = (1 - t) * (1 - t) * x0 + 2 * (1 - t) * t * mx + t * t * x1;
			double y = (1 - t) * (1 - t) * y0 + 2 * (1 - t) * t * my + t * t * y1;
			points[i] = new Coordinate(round(x / cos), round(y));
		}
		return points;
	}

	/** A filled triangle at the end of the curve, pointing along it; size in degrees of latitude. */
	static Geometry arrowHead(Coordinate[] curve, double size) {
		Coordinate tip = curve[curve.length - 1];
		Coordinate before = curve[curve.length - 3];
		double cos = Math.cos(Math.toRadians(tip.y));
		double dx = (tip.x - before.x) * cos;
		double dy = tip.y - before.y;
		double length = Math.hypot(dx, dy);
		if (length == 0) {
			return GEOMETRY.createPoint(tip);
		}
		dx /= length;
		dy /= length;
		double bx = -dx * size;
		double by = -dy * size;
		double px = -dy * size * 0.45;
		double py = dx * size * 0.45;
		Coordinate left = new Coordinate(tip.x + (bx + px) / cos, tip.y + by + py);
		Coordinate right = new Coordinate(tip.x + (bx - px) / cos, tip.y + by - py);
		return GEOMETRY.createPolygon(new Coordinate[] { tip, left, right, tip });
	}

	/** "Falu kommun" is "Falu" on the map, where the boundary already says it is a municipality. */
	static String shortName(String name) {
		return name.endsWith(" kommun") ? name.substring(0, name.length() - " kommun".length()) : name;
	}

	private static double round(double value) {
		return Math.round(value * 100000) / 100000.0;
	}

	private static final String OUTLINE = MapStyle.OUTLINE;

	/** What one build needs in several layers: the language, the municipalities and their simplified shapes. */
	private final class Context {

		final Locale locale;

		final List<Municipality> municipalities;

		private final Map<Long, Geometry> simplified = new HashMap<>();

		Context(Locale locale, List<Municipality> municipalities) {
			this.locale = locale;
			this.municipalities = municipalities.stream()
				.sorted(Comparator.comparing(Municipality::name, String.CASE_INSENSITIVE_ORDER)).toList();
		}

		Geometry simplified(Municipality m) {
			return simplified.computeIfAbsent(m.id(),
					id -> TopologyPreservingSimplifier.simplify(m.boundary(), SIMPLIFY_DEGREES));
		}

		private Map<String, String> areaNames;

		/** The name as the map writes it: the area's ("Falun"), else the register's without "kommun". */
		String shortName(Municipality m) {
			if (areaNames == null) {
				areaNames = new HashMap<>();
				areas.all().forEach(a -> areaNames.put(a.code(), a.name()));
			}
			String name = m.scbCode() == null ? null : areaNames.get(m.scbCode());
			return name != null ? name : MapLayers.shortName(m.name());
		}

		Map<Long, Municipality> byId() {
			Map<Long, Municipality> byId = new LinkedHashMap<>();
			municipalities.forEach(m -> byId.put(m.id(), m));
			return byId;
		}

		String text(String key, Object... args) {
			return messages.getMessage(key, args, key, locale);
		}

	}

}
