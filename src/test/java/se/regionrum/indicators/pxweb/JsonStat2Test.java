package se.regionrum.indicators.pxweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/** The decoder against a golden file in the shape SCB's PxWebApi 2 answers, and against broken files. */
class JsonStat2Test {

	private static InputStream resource(String name) {
		return JsonStat2Test.class.getResourceAsStream("/indicators/pxweb/" + name);
	}

	private static JsonStat2 read(String json) {
		return JsonStat2.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> cells(JsonStat2 data) {
		List<String> lines = new ArrayList<>();
		data.forEachCell((index, value, status) -> {
			StringBuilder line = new StringBuilder();
			for (int d = 0; d < index.length; d++) {
				line.append(data.dimensions().get(d).categories().get(index[d]).code()).append(' ');
			}
			lines.add(line + "= " + value + " " + status);
		});
		return lines;
	}

	@Test
	void decodesTheCubeInRowMajorOrderAsTheGoldenFileSays() throws IOException {
		JsonStat2 data = JsonStat2.read(resource("TAB638-folkmangd.json"));
		List<String> expected;
		try (InputStream in = resource("TAB638-folkmangd.expected.txt")) {
			expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.startsWith("#") && !l.isBlank())
				.toList();
		}

		assertThat(cells(data)).containsExactlyElementsOf(expected);
		assertThat(data.size()).isEqualTo(12);
		assertThat(data.tableId()).contains("TAB638");
		assertThat(data.dimension("region")).get().satisfies(region -> {
			assertThat(region.label()).isEqualTo("region");
			assertThat(region.categories()).extracting(JsonStat2.Category::label)
				.containsExactly("Dalarnas län", "Falun", "Borlänge");
		});
		assertThat(data.dimension("ContentsCode").orElseThrow().categories()).singleElement()
			.extracting(JsonStat2.Category::code)
			.isEqualTo("000005FF");
	}

	@Test
	void readsSparseValuesAndAStatusForAll() {
		JsonStat2 data = read("""
				{"version":"2.0","class":"dataset","id":["Tid"],"size":[3],
				 "dimension":{"Tid":{"category":{"index":["2022","2023","2024"]}}},
				 "value":{"2":7.5},"status":"p"}""");

		assertThat(cells(data)).containsExactly("2022 = null p", "2023 = null p", "2024 = 7.5 p");
	}

	@Test
	void namesTheJsonPathOfEveryProblem() {
		assertThatThrownBy(() -> read("""
				{"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[2,2],
				 "dimension":{"Region":{"category":{"index":["2080","2081"]}},
				              "Tid":{"category":{"index":["2023"]}}},
				 "value":[1,2,"x",4]}""")).isInstanceOf(ImportRejectedException.class)
			.extracting(ex -> ((ImportRejectedException) ex).problems()
				.stream()
				.map(ImportProblem::column)
				.toList())
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly("$.dimension.Tid.category.index");

		assertThatThrownBy(() -> read("""
				{"version":"2.0","class":"dataset","id":["Tid"],"size":[2],
				 "dimension":{"Tid":{"category":{"index":["2023","2024"]}}},
				 "value":[1,"x"]}""")).isInstanceOf(ImportRejectedException.class)
			.satisfies(ex -> assertThat(((ImportRejectedException) ex).problems()).singleElement()
				.satisfies(p -> {
					assertThat(p.column()).isEqualTo("$.value[1]");
					assertThat(p.messageKey()).isEqualTo("indicators.jsonstat.notNumber");
				}));

		assertThatThrownBy(() -> read("{\"id\": [\"Tid\"], ")).isInstanceOf(ImportRejectedException.class)
			.satisfies(ex -> assertThat(((ImportRejectedException) ex).problems()).singleElement()
				.extracting(ImportProblem::messageKey)
				.isEqualTo("indicators.jsonstat.notJson"));

		assertThatThrownBy(() -> read("""
				{"version":"2.0","class":"dataset","id":["Tid"],"size":[2],"dimension":{}, "value":[1,2]}"""))
			.isInstanceOf(ImportRejectedException.class)
			.satisfies(ex -> assertThat(((ImportRejectedException) ex).problems()).extracting(ImportProblem::column)
				.containsExactly("$.dimension.Tid"));
	}

}
