package se.regionrum.indicators.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.indicators.Area;
import se.regionrum.indicators.AreaKind;
import se.regionrum.indicators.Areas;

/**
 * The areas of {@code indicators/areas.csv}: made from the same okfse/sweden-geojson boundaries as
 * the demo (names, county codes and a point inside each municipality; regions' points are the
 * centroids of their boundaries), with Kolada's codes for regions and the country.
 */
@Component
class AreasAdapter implements Areas {

	private static final String FILE = "indicators/areas.csv";

	private final Map<String, Area> byCode;

	private final Organisations organisations;

	private final String configuredCounty;

	AreasAdapter(Organisations organisations, @Value("${regionrum.region.county-code:}") String configuredCounty) {
		this.organisations = organisations;
		this.configuredCounty = configuredCounty == null ? "" : configuredCounty.trim();
		this.byCode = read();
	}

	private static Map<String, Area> read() {
		Map<String, Area> areas = new LinkedHashMap<>();
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String[] f = line.split(";", -1);
				areas.put(f[0], new Area(f[0], f[1], AreaKind.valueOf(f[2]), f[3].isEmpty() ? null : f[3],
						Double.parseDouble(f[4]), Double.parseDouble(f[5])));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + FILE, ex);
		}
		return Map.copyOf(areas);
	}

	@Override
	public Optional<Area> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim()));
	}

	@Override
	public List<Area> all() {
		return byCode.values().stream().sorted(Comparator.comparing(Area::code)).toList();
	}

	@Override
	public List<Area> municipalitiesOfCounty(String countyCode) {
		List<Area> list = new ArrayList<>();
		for (Area a : byCode.values()) {
			if (a.municipality() && a.countyCode().equals(countyCode)) {
				list.add(a);
			}
		}
		list.sort(Comparator.comparing(Area::name, java.text.Collator.getInstance(new java.util.Locale("sv", "SE"))));
		return list;
	}

	/**
	 * The configured county, else the region's in the register, else the county most municipalities of the
	 * register are in; empty when the register has none.
	 */
	@Override
	public String homeCountyCode() {
		if (!configuredCounty.isEmpty()) {
			return configuredCounty;
		}
		List<OrganisationRef> register = organisations.register();
		Optional<String> region = register.stream()
			.filter(o -> o.kind() == OrganisationKind.REGION && o.countyCode() != null && !o.countyCode().isBlank())
			.map(OrganisationRef::countyCode)
			.findFirst();
		if (region.isPresent()) {
			return region.get().trim();
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (OrganisationRef o : organisations.municipalities()) {
			if (o.countyCode() != null && !o.countyCode().isBlank()) {
				counts.merge(o.countyCode().trim(), 1, Integer::sum);
			}
		}
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
	}

}
