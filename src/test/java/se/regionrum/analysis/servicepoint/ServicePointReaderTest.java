package se.regionrum.analysis.servicepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionrum.analysis.ImportProblems;

class ServicePointReaderTest {

	@TempDir
	Path dir;

	@Test
	void csvWithDegreesOrMetres() throws IOException {
		Path degrees = Files.writeString(dir.resolve("a.csv"), "id;type;name;lon;lat\nA1;Pharmacy;Apoteket;15,0;60,0\n");
		Path metres = Files.writeString(dir.resolve("b.csv"), "type,name,x,y\nfuel,Macken,674032,6580822\n");
		ServicePoint a = new ServicePointReader().read(degrees).get(0);
		ServicePoint b = new ServicePointReader().read(metres).get(0);
		assertThat(a.id()).isEqualTo("A1");
		assertThat(a.type()).isEqualTo("pharmacy");
		// on the central meridian of SWEREF 99 TM
		assertThat(a.x()).isCloseTo(500_000, within(0.01));
		assertThat(a.y()).isCloseTo(6_651_411, within(2.0));
		assertThat(b).isEqualTo(new ServicePoint("1", "fuel", "Macken", 674_032, 6_580_822));
	}

	@Test
	void geoJsonPointsAndPolygonCentroids() throws IOException {
		Path file = Files.writeString(dir.resolve("p.geojson"), """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","properties":{"type":"cash","name":"Bankomat","id":"x"},"geometry":{"type":"Point","coordinates":[18.0686,59.3293]}},
				 {"type":"Feature","properties":{"type":"grocery_full","name":"ICA"},"geometry":{"type":"Polygon","coordinates":[[[18.0,59.0],[18.002,59.0],[18.002,59.002],[18.0,59.002],[18.0,59.0]]]}}
				]}""");
		List<ServicePoint> points = new ServicePointReader().read(file);
		assertThat(points).extracting(ServicePoint::id).containsExactly("x", "2");
		assertThat(points.get(1).type()).isEqualTo("grocery_full");
	}

	@Test
	void everyBadRowIsReported() throws IOException {
		Path file = Files.writeString(dir.resolve("p.csv"), """
				type,name,x,y
				bakery,Bageriet,674032,6580822
				fuel,Macken,18.07,59.33
				,Utan typ,674032,6580822
				fuel,Utan läge,,6580822
				""");
		assertThat(ImportProblems.summary(() -> new ServicePointReader().read(file))).containsExactly(
				"2:type:analysis.import.points.unknownType", "3:x:analysis.import.degreesAsMeters",
				"4:type:analysis.import.points.noType", "5:x:import.csv.notNumber");
	}

	@Test
	void wrongHeaderAndBrokenGeoJsonAreRejected() throws IOException {
		Path csv = Files.writeString(dir.resolve("p.csv"), "kind,label,lon,lat\n");
		Path json = Files.writeString(dir.resolve("p.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[");
		Path line = Files.writeString(dir.resolve("l.geojson"), """
				{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"type":"fuel"},
				 "geometry":{"type":"LineString","coordinates":[[18,59],[18.1,59]]}}]}""");
		assertThat(ImportProblems.summary(() -> new ServicePointReader().read(csv)))
			.containsExactly("1:type:import.csv.missingColumn", "1:name:import.csv.missingColumn");
		assertThat(ImportProblems.summary(() -> new ServicePointReader().read(json)))
			.containsExactly("0:null:analysis.import.geojson.notJson");
		assertThat(ImportProblems.summary(() -> new ServicePointReader().read(line)))
			.containsExactly("1:geometry:analysis.import.points.notPoint");
	}
}
