package se.regionrum.indicators.flow;

import java.io.ByteArrayInputStream;
import java.util.List;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.pxweb.JsonStat2;
import se.regionrum.indicators.pxweb.JsonStat2.Dimension;

/**
 * Reads SCB's commuting table (TAB1830) as PxWebApi 2 answers by default, JSON-stat2 with the
 * dimensions Bostadskommun, Arbetsställekommun, Kon (optional, else everyone), Tid and ContentsCode
 * (one content only; any other dimension must have one category). Problems name the JSON path:
 * {@code dimension.<id>.category.index.<code>} for an unknown code, {@code value[<n>]} for a cell.
 */
final class FlowJsonStatReader {

	private final FlowCodes codes;

	FlowJsonStatReader(FlowCodes codes) {
		this.codes = codes;
	}

	List<ParsedFlow> read(byte[] content) {
		JsonStat2 data = JsonStat2.read(new ByteArrayInputStream(content));
		FlowCollector collector = new FlowCollector();
		int home = find(data, collector, true, "Bostadskommun", "bostad");
		int work = find(data, collector, true, "Arbetsställekommun", "arbetsst");
		int gender = find(data, collector, false, "Kon", "kon");
		int year = find(data, collector, true, "Tid", "tid", "ar", "year");
		List<Dimension> dimensions = data.dimensions();
		for (int d = 0; d < dimensions.size(); d++) {
			if (d != home && d != work && d != gender && d != year && dimensions.get(d).categories().size() > 1) {
				collector.problem(0, "dimension." + dimensions.get(d).id(), "flows.import.json.oneCategory",
						dimensions.get(d).id(), dimensions.get(d).categories().size());
			}
		}
		if (collector.hasProblems()) {
			return collector.result();
		}
		String[] homes = areas(dimensions.get(home), collector);
		String[] works = areas(dimensions.get(work), collector);
		Gender[] genders = genders(gender < 0 ? null : dimensions.get(gender), collector);
		Integer[] years = years(dimensions.get(year), collector);
		if (collector.hasProblems()) {
			return collector.result();
		}
		int[] cell = { 0 };
		data.forEachCell((indexes, value, status) -> {
			int n = cell[0]++;
			if (value == null || collector.full()) {
				return;
			}
			String path = "value[" + n + "]";
			if (value < 0 || value != Math.rint(value) || value > Integer.MAX_VALUE) {
				collector.problem(0, path, "flows.import.badCount", String.valueOf(value));
				return;
			}
			collector.add(homes[indexes[home]], works[indexes[work]], years[indexes[year]],
					gender < 0 ? Gender.T : genders[indexes[gender]], value.intValue(), 0, path);
		});
		return collector.result();
	}

	/** The position of the dimension whose id (folded) is the name or contains one of the stems; -1 if absent. */
	private static int find(JsonStat2 data, FlowCollector collector, boolean required, String name, String... stems) {
		List<Dimension> dimensions = data.dimensions();
		for (int d = 0; d < dimensions.size(); d++) {
			String id = FlowCodes.fold(dimensions.get(d).id());
			if (id.equals(FlowCodes.fold(name))) {
				return d;
			}
		}
		for (int d = 0; d < dimensions.size(); d++) {
			String id = FlowCodes.fold(dimensions.get(d).id());
			for (String stem : stems) {
				if (stem.length() <= 3 ? id.equals(stem) : id.contains(stem)) {
					return d;
				}
			}
		}
		if (required) {
			collector.problem(0, "dimension." + name, "flows.import.json.missingDimension", name);
		}
		return -1;
	}

	private String[] areas(Dimension dimension, FlowCollector collector) {
		String[] result = new String[dimension.categories().size()];
		for (int i = 0; i < result.length; i++) {
			JsonStat2.Category c = dimension.categories().get(i);
			result[i] = codes.area(c.code());
			if (result[i] == null) {
				result[i] = codes.area(c.label());
			}
			if (result[i] == null) {
				collector.problem(0, path(dimension, c), "flows.import.unknownArea", c.code());
			}
		}
		return result;
	}

	private static Gender[] genders(Dimension dimension, FlowCollector collector) {
		if (dimension == null) {
			return new Gender[0];
		}
		Gender[] result = new Gender[dimension.categories().size()];
		for (int i = 0; i < result.length; i++) {
			JsonStat2.Category c = dimension.categories().get(i);
			result[i] = FlowCodes.gender(c.code());
			if (result[i] == null) {
				collector.problem(0, path(dimension, c), "flows.import.unknownGender", c.code());
			}
		}
		return result;
	}

	private static Integer[] years(Dimension dimension, FlowCollector collector) {
		Integer[] result = new Integer[dimension.categories().size()];
		for (int i = 0; i < result.length; i++) {
			JsonStat2.Category c = dimension.categories().get(i);
			result[i] = collector.year(c.code(), 0, path(dimension, c));
		}
		return result;
	}

	private static String path(Dimension dimension, JsonStat2.Category category) {
		return "dimension." + dimension.id() + ".category.index." + category.code();
	}


}
