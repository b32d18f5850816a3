package se.regionrum.indicators.pxweb;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/**
 * A JSON-stat 2.0 dataset, as SCB's PxWebApi 2 answers by default: a cube whose cells are the
 * combinations of its dimensions' categories, with the values in one array in row-major order of
 * {@code id}. Decoded here with the project's JSON library rather than the stale JSON-stat Java
 * library (Jackson 2 and Guava, last released 2020).
 * <p>
 * Of the format, this reads what datasets use: {@code id}, {@code size}, {@code dimension.*.label},
 * {@code category.index} as an array or an object (or absent, for a dimension of one category),
 * {@code category.label}, {@code value} as an array or a sparse object, {@code status} as a
 * string, an array or a sparse object, and {@code extension.px.tableid}. Problems name the JSON
 * path in {@link ImportProblem#column()}.
 */
public final class JsonStat2 {

	/** Receives one cell of the cube. */
	@FunctionalInterface
	public interface Cell {

		/**
		 * @param categoryIndexes the cell's category per dimension, in {@link #dimensions()} order; the
		 *        array is reused between calls
		 * @param value {@code null} when the cell has no value
		 * @param status the cell's status mark (SCB: ".." not available), or {@code null}
		 */
		void accept(int[] categoryIndexes, Double value, String status);

	}

	public record Category(String code, String label) {
	}

	public record Dimension(String id, String label, List<Category> categories) {

		/** The position of a category by its code, or -1. */
		public int indexOf(String code) {
			for (int i = 0; i < categories.size(); i++) {
				if (categories.get(i).code().equals(code)) {
					return i;
				}
			}
			return -1;
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_PROBLEMS = 50;

	private final String label;

	private final String tableId;

	private final List<Dimension> dimensions;

	private final int size;

	private final Double[] values;

	private final String[] statuses;

	private JsonStat2(String label, String tableId, List<Dimension> dimensions, int size, Double[] values,
			String[] statuses) {
		this.label = label;
		this.tableId = tableId;
		this.dimensions = dimensions;
		this.size = size;
		this.values = values;
		this.statuses = statuses;
	}

	/** Reads a dataset; throws {@link ImportRejectedException} naming the JSON path of every problem found. */
	public static JsonStat2 read(InputStream in) {
		JsonNode root;
		try {
			root = JSON.readTree(in);
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			throw rejected(new ImportProblem(location == null ? 0 : location.getLineNr(), "$",
					"indicators.jsonstat.notJson", String.valueOf(ex.getOriginalMessage())));
		}
		if (root == null || !root.isObject()) {
			throw rejected(new ImportProblem(0, "$", "indicators.jsonstat.notDataset"));
		}
		return new Reader(root).read();
	}

	/** The dataset's label, or {@code null}. */
	public String label() {
		return label;
	}

	/** The PxWeb table id ({@code extension.px.tableid}, e.g. "TAB638"), or {@code null}. */
	public Optional<String> tableId() {
		return Optional.ofNullable(tableId);
	}

	public List<Dimension> dimensions() {
		return dimensions;
	}

	/** The dimension with the id, compared without regard to case ("Tid", "tid"). */
	public Optional<Dimension> dimension(String id) {
		return dimensions.stream().filter(d -> d.id().equalsIgnoreCase(id)).findFirst();
	}

	/** The position of a dimension in {@link #dimensions()}, without regard to case, or -1. */
	public int dimensionIndex(String id) {
		for (int i = 0; i < dimensions.size(); i++) {
			if (dimensions.get(i).id().equalsIgnoreCase(id)) {
				return i;
			}
		}
		return -1;
	}

	/** The number of cells: the product of the dimensions' sizes. */
	public int size() {
		return size;
	}

	/** Visits every cell in row-major order (the last dimension varies fastest). */
	public void forEachCell(Cell consumer) {
		int[] index = new int[dimensions.size()];
		int[] sizes = dimensions.stream().mapToInt(d -> d.categories().size()).toArray();
		for (int cell = 0; cell < size; cell++) {
			consumer.accept(index, values[cell], statuses[cell]);
			for (int d = sizes.length - 1; d >= 0; d--) {
				if (++index[d] < sizes[d]) {
					break;
				}
				index[d] = 0;
			}
		}
	}

	private static ImportRejectedException rejected(ImportProblem problem) {
		return new ImportRejectedException(List.of(problem));
	}

	/** One pass over the tree, gathering problems instead of stopping at the first. */
	private static final class Reader {

		private final JsonNode root;

		private final List<ImportProblem> problems = new ArrayList<>();

		Reader(JsonNode root) {
			this.root = root;
		}

		JsonStat2 read() {
			String version = text(root.get("version"));
			if (version != null && !version.startsWith("2")) {
				problem("$.version", "indicators.jsonstat.version", version);
			}
			String cls = text(root.get("class"));
			if (cls != null && !"dataset".equals(cls)) {
				problem("$.class", "indicators.jsonstat.notDataset");
			}
			List<String> ids = ids();
			int[] sizes = sizes(ids.size());
			List<Dimension> dimensions = new ArrayList<>();
			for (int i = 0; i < ids.size(); i++) {
				dimensions.add(dimension(ids.get(i), i < sizes.length ? sizes[i] : -1));
			}
			long cells = 1;
			for (Dimension d : dimensions) {
				cells *= Math.max(d.categories().size(), 0);
			}
			if (cells > Integer.MAX_VALUE) {
				problem("$.size", "indicators.jsonstat.tooLarge", cells);
				cells = 0;
			}
			int size = (int) cells;
			Double[] values = problems.isEmpty() ? values(size) : new Double[0];
			String[] statuses = problems.isEmpty() ? statuses(size) : new String[0];
			if (!problems.isEmpty()) {
				throw new ImportRejectedException(List.copyOf(problems));
			}
			JsonNode px = root.path("extension").path("px");
			return new JsonStat2(text(root.get("label")), text(px.get("tableid")), List.copyOf(dimensions), size,
					values, statuses);
		}

		private List<String> ids() {
			JsonNode id = root.get("id");
			if (id == null || !id.isArray() || id.isEmpty()) {
				problem("$.id", "indicators.jsonstat.missing");
				return List.of();
			}
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < id.size(); i++) {
				String name = text(id.get(i));
				if (name == null || name.isBlank()) {
					problem("$.id[" + i + "]", "indicators.jsonstat.notText");
				}
				else {
					ids.add(name);
				}
			}
			return ids;
		}

		private int[] sizes(int dimensions) {
			JsonNode size = root.get("size");
			if (size == null || !size.isArray()) {
				problem("$.size", "indicators.jsonstat.missing");
				return new int[0];
			}
			if (size.size() != dimensions) {
				problem("$.size", "indicators.jsonstat.sizeCount", size.size(), dimensions);
			}
			int[] sizes = new int[size.size()];
			for (int i = 0; i < sizes.length; i++) {
				JsonNode n = size.get(i);
				if (n == null || !n.isIntegralNumber() || n.asInt() < 0) {
					problem("$.size[" + i + "]", "indicators.jsonstat.notCount");
				}
				else {
					sizes[i] = n.asInt();
				}
			}
			return sizes;
		}

		private Dimension dimension(String id, int expectedSize) {
			String path = "$.dimension." + id;
			JsonNode dim = root.path("dimension").get(id);
			if (dim == null || !dim.isObject()) {
				problem(path, "indicators.jsonstat.missing");
				return new Dimension(id, id, List.of());
			}
			JsonNode category = dim.get("category");
			if (category == null || !category.isObject()) {
				problem(path + ".category", "indicators.jsonstat.missing");
				return new Dimension(id, id, List.of());
			}
			JsonNode labels = category.get("label");
			List<String> codes = categoryCodes(path + ".category", category.get("index"), labels);
			List<Category> categories = new ArrayList<>(codes.size());
			for (String code : codes) {
				String label = labels == null ? null : text(labels.get(code));
				categories.add(new Category(code, label == null ? code : label));
			}
			if (expectedSize >= 0 && categories.size() != expectedSize) {
				problem(path + ".category.index", "indicators.jsonstat.sizeMismatch", categories.size(), expectedSize);
			}
			String label = text(dim.get("label"));
			return new Dimension(id, label == null ? id : label, List.copyOf(categories));
		}

		/** The category codes in index order, from an array, an object of positions, or the sole label. */
		private List<String> categoryCodes(String path, JsonNode index, JsonNode labels) {
			if (index == null) {
				if (labels != null && labels.isObject() && labels.size() == 1) {
					return List.copyOf(labels.propertyNames());
				}
				problem(path + ".index", "indicators.jsonstat.missing");
				return List.of();
			}
			if (index.isArray()) {
				List<String> codes = new ArrayList<>();
				for (int i = 0; i < index.size(); i++) {
					String code = text(index.get(i));
					if (code == null) {
						problem(path + ".index[" + i + "]", "indicators.jsonstat.notText");
					}
					codes.add(code);
				}
				return codes;
			}
			if (index.isObject()) {
				String[] codes = new String[index.size()];
				for (Map.Entry<String, JsonNode> e : index.properties()) {
					JsonNode position = e.getValue();
					int at = position.isIntegralNumber() ? position.asInt() : -1;
					if (at < 0 || at >= codes.length || codes[at] != null) {
						problem(path + ".index." + e.getKey(), "indicators.jsonstat.badPosition");
					}
					else {
						codes[at] = e.getKey();
					}
				}
				List<String> list = new ArrayList<>();
				Collections.addAll(list, codes);
				return list;
			}
			problem(path + ".index", "indicators.jsonstat.badIndex");
			return List.of();
		}

		private Double[] values(int size) {
			JsonNode value = root.get("value");
			Double[] values = new Double[size];
			if (value == null) {
				problem("$.value", "indicators.jsonstat.missing");
				return values;
			}
			if (value.isArray()) {
				if (value.size() != size) {
					problem("$.value", "indicators.jsonstat.valueCount", value.size(), size);
					return values;
				}
				for (int i = 0; i < size; i++) {
					values[i] = number("$.value[" + i + "]", value.get(i));
				}
				return values;
			}
			if (value.isObject()) {
				for (Map.Entry<String, JsonNode> e : value.properties()) {
					int at = position("$.value." + e.getKey(), e.getKey(), size);
					if (at >= 0) {
						values[at] = number("$.value." + e.getKey(), e.getValue());
					}
				}
				return values;
			}
			problem("$.value", "indicators.jsonstat.badValues");
			return values;
		}

		private String[] statuses(int size) {
			JsonNode status = root.get("status");
			String[] statuses = new String[size];
			if (status == null || status.isNull()) {
				return statuses;
			}
			if (status.isString()) {
				java.util.Arrays.fill(statuses, status.asString());
			}
			else if (status.isArray()) {
				if (status.size() == 1) {
					java.util.Arrays.fill(statuses, text(status.get(0)));
				}
				else if (status.size() != size) {
					problem("$.status", "indicators.jsonstat.valueCount", status.size(), size);
				}
				else {
					for (int i = 0; i < size; i++) {
						statuses[i] = text(status.get(i));
					}
				}
			}
			else if (status.isObject()) {
				for (Map.Entry<String, JsonNode> e : status.properties()) {
					int at = position("$.status." + e.getKey(), e.getKey(), size);
					if (at >= 0) {
						statuses[at] = text(e.getValue());
					}
				}
			}
			else {
				problem("$.status", "indicators.jsonstat.badValues");
			}
			return statuses;
		}

		private int position(String path, String key, int size) {
			try {
				int at = Integer.parseInt(key);
				if (at >= 0 && at < size) {
					return at;
				}
			}
			catch (NumberFormatException ex) {
				// named below
			}
			problem(path, "indicators.jsonstat.badPosition");
			return -1;
		}

		private Double number(String path, JsonNode node) {
			if (node == null || node.isNull()) {
				return null;
			}
			if (node.isNumber()) {
				return node.asDouble();
			}
			problem(path, "indicators.jsonstat.notNumber", node.toString());
			return null;
		}

		private static String text(JsonNode node) {
			return node == null || node.isNull() || node.isContainer() ? null : node.asString();
		}

		private void problem(String path, String key, Object... arguments) {
			if (problems.size() < MAX_PROBLEMS) {
				problems.add(new ImportProblem(0, path, key, arguments));
			}
		}

	}

	/** Codes to positions of a dimension, for lookups in a loop. */
	public static Map<String, Integer> positions(Dimension dimension) {
		Map<String, Integer> map = new HashMap<>();
		for (int i = 0; i < dimension.categories().size(); i++) {
			map.put(dimension.categories().get(i).code(), i);
		}
		return map;
	}

}
