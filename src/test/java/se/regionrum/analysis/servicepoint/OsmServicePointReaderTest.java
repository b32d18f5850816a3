package se.regionrum.analysis.servicepoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.ImportProblems;

class OsmServicePointReaderTest {

	@Test
	void andorraHasTheShopsTheDataReadmeCounts() {
		List<ServicePoint> points = new OsmServicePointReader().read(AnalysisFixtures.path("andorra-2020-05.osm.pbf"));
		Map<String, Long> byType = points.stream().collect(Collectors.groupingBy(ServicePoint::type, Collectors.counting()));
		assertThat(byType).containsEntry("grocery_full", 41L)
			.containsEntry("grocery_other", 6L)
			.containsEntry("pharmacy", 30L)
			.containsEntry("fuel", 43L);
		// some supermarkets and fuel stations are mapped as building outlines
		assertThat(points).anySatisfy(p -> assertThat(p.id()).startsWith("way/"));
		assertThat(points).filteredOn(p -> p.type().equals("grocery_full")).anySatisfy(p -> assertThat(p.name()).isNotEmpty());
		// Andorra lies about 1.5° east, far west of SWEREF 99 TM's central meridian
		assertThat(points).allSatisfy(p -> {
			assertThat(p.x()).isBetween(-700_000.0, -400_000.0);
			assertThat(p.y()).isBetween(4_700_000.0, 4_900_000.0);
		});
	}

	@Test
	void helsinkiHasNoFuelStation() {
		List<ServicePoint> points = new OsmServicePointReader().read(AnalysisFixtures.path("helsinki-centre-2019-04.osm.pbf"));
		assertThat(points).extracting(ServicePoint::type).contains("grocery_full", "pharmacy").doesNotContain("fuel");
	}

	@Test
	void customMappingIsUsed() {
		List<ServicePoint> points = new OsmServicePointReader(List.of(new OsmServiceTag("amenity", "pharmacy", "apotek")))
			.read(AnalysisFixtures.path("stockholm-sodermalm-2020-07.osm.pbf"));
		assertThat(points).singleElement().satisfies(p -> assertThat(p.type()).isEqualTo("apotek"));
	}

	@Test
	void brokenFileIsRejected(@TempDir Path dir) throws IOException {
		Path junk = Files.write(dir.resolve("junk.osm.pbf"), new byte[] { 0, 0, 0, 5, 1, 2, 3, 4, 5, 6, 7 });
		assertThat(ImportProblems.summary(() -> new OsmServicePointReader().read(junk))).singleElement()
			.asString()
			.startsWith("0:null:analysis.import.pbf.");
	}
}
