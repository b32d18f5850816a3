package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvImportTest {

	private static CsvImport.Row row(String csv) {
		return CsvImport.read(csv.getBytes(StandardCharsets.UTF_8), List.of()).get(0);
	}

	@Test
	void readsSwedishNumbers() {
		CsvImport.Row row = row("population;latitude;empty\n\"59 945\";\"60,6065\";\n");
		List<ImportProblem> problems = new ArrayList<>();
		assertThat(row.integer("population", problems)).isEqualTo(59945);
		assertThat(row.decimal("latitude", problems)).isEqualTo(60.6065);
		assertThat(row.integer("empty", problems)).isNull();
		assertThat(row.decimal("empty", problems)).isNull();
		assertThat(row.integer("missing", problems)).isNull();
		assertThat(problems).isEmpty();
	}

	@Test
	void unreadableNumbersAreProblemsOfTheirRowAndColumn() {
		CsvImport.Row row = row("population;latitude\nmånga;norr\n");
		List<ImportProblem> problems = new ArrayList<>();
		assertThat(row.integer("population", problems)).isNull();
		assertThat(row.decimal("latitude", problems)).isNull();
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "population", "import.csv.notInteger"),
					org.assertj.core.groups.Tuple.tuple(2, "latitude", "import.csv.notNumber"));
		assertThat(problems.get(0).arguments()).containsExactly("många");
	}

}
