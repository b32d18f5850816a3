package se.regionrum.indicators.flow;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.regionrum.indicators.Area;
import se.regionrum.indicators.AreaKind;
import se.regionrum.indicators.Areas;
import se.regionrum.indicators.CommutingFlow;
import se.regionrum.indicators.CommutingFlows;

/** The flows of a selection with names, points and totals per area: for the map, its tables, the exports and the API. Public. */
@Service
public class FlowMaps {

	private final CommutingFlows flows;

	private final Areas areas;

	FlowMaps(CommutingFlows flows, Areas areas) {
		this.flows = flows;
		this.areas = areas;
	}

	public FlowReport report(FlowSelection selection) {
		List<Integer> years = flows.years();
		Integer year = selection.year() != null && years.contains(selection.year()) ? selection.year()
				: years.isEmpty() ? null : years.get(years.size() - 1);
		FlowSelection resolved = selection.withYear(year);
		String county = homeCounty();
		if (year == null) {
			return new FlowReport(resolved, years, List.of(), List.of(), places(Map.of(), county), county);
		}
		List<FlowReport.Row> rows = new ArrayList<>();
		Map<String, int[]> totals = new HashMap<>();
		Map<String, Area> used = new LinkedHashMap<>();
		for (CommutingFlow f : flows.flows(year, resolved.gender(), resolved.min())) {
			Area home = area(f.homeCode());
			Area work = area(f.workCode());
			used.put(home.code(), home);
			used.put(work.code(), work);
			totals.computeIfAbsent(home.code(), c -> new int[2])[1] += f.persons();
			totals.computeIfAbsent(work.code(), c -> new int[2])[0] += f.persons();
			if (resolved.shows(f.homeCode(), f.workCode())) {
				rows.add(new FlowReport.Row(home.code(), home.name(), work.code(), work.name(), f.year(), f.gender(),
						f.persons(), f.example(), inside(home, county) != inside(work, county), home.latitude(),
						home.longitude(), work.latitude(), work.longitude()));
			}
		}
		List<FlowReport.Totals> perArea = new ArrayList<>();
		totals.forEach((code, t) -> {
			Area a = used.get(code);
			perArea.add(new FlowReport.Totals(code, a.name(), inside(a, county), t[0], t[1]));
		});
		Collator collator = Collator.getInstance(new Locale("sv", "SE"));
		perArea.sort(Comparator.comparing((FlowReport.Totals t) -> !t.inside())
			.thenComparing(FlowReport.Totals::name, collator));
		return new FlowReport(resolved, years, rows, perArea, places(used, county), county);
	}

	/** The county the installation follows, whose border the crossing flows cross; empty when unknown. */
	public String homeCounty() {
		String county = areas.homeCountyCode();
		return county == null ? "" : county;
	}

	private List<FlowReport.Place> places(Map<String, Area> used, String county) {
		Map<String, Area> all = new LinkedHashMap<>(used);
		if (!county.isEmpty()) {
			for (Area a : areas.municipalitiesOfCounty(county)) {
				all.putIfAbsent(a.code(), a);
			}
		}
		Collator collator = Collator.getInstance(new Locale("sv", "SE"));
		return all.values().stream()
			.map(a -> new FlowReport.Place(a.code(), a.name(), a.kind().name(), inside(a, county), a.latitude(), a.longitude()))
			.sorted(Comparator.comparing((FlowReport.Place p) -> !p.inside()).thenComparing(FlowReport.Place::name, collator))
			.toList();
	}

	private Area area(String code) {
		return areas.find(code).orElseGet(() -> new Area(code, code, AreaKind.ABROAD, null, 0, 0));
	}

	private static boolean inside(Area area, String county) {
		if (county.isEmpty() || area.countyCode() == null) {
			return false;
		}
		return area.countyCode().equals(county) && (area.municipality() || area.kind() == AreaKind.REGION);
	}

}
