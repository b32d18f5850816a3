package se.regionrum.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.ImportProblems;
import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.engine.ServicePoints;

class RoadLinkReaderTest {

	@TempDir
	Path dir;

	/** Three links in SWEREF 99 TM: a-b, b'-c with b' 0.3 m from b, and a one-way d-e 2 m from c. */
	private static final String LINKS = """
			{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},
			 "features":[
			 {"type":"Feature","properties":{"hastighet":72},"geometry":{"type":"LineString","coordinates":[[500000,6600000],[500500,6600000],[501000,6600000]]}},
			 {"type":"Feature","properties":{"hastighet":36,"riktning":"båda"},"geometry":{"type":"LineString","coordinates":[[501000.3,6600000],[501000,6601000]]}},
			 {"type":"Feature","properties":{"riktning":"forward"},"geometry":{"type":"MultiLineString","coordinates":[[[501000,6601002],[501000,6602000]]]}}
			]}""";

	@Test
	void linksJoinWhereTheirEndsMeet() throws IOException {
		Path file = Files.writeString(dir.resolve("links.geojson"), LINKS);
		RoadLinkReader.Result result = new RoadLinkReader().read(file);
		assertThat(result.linksRead()).isEqualTo(3);
		// a, b, c, d apart from c (2 m > 0.5 m) and e, plus 10 nodes along the roads at most 250 m apart
		assertThat(result.graphNodes()).isEqualTo(15);
		// the one-way d-e can be neither left nor reached from a, b, c: only a-b-c stays, both ways
		assertThat(result.routableNodes()).isEqualTo(10);
		int[] total = new int[1];
		result.graph().forEachEdge((from, to, time, m) -> {
			assertThat(m).isLessThanOrEqualTo(250);
			// 72 km/h along the first link, 36 km/h along the second
			assertThat((long) time).isIn(EngineTime.fromSeconds(m / 20.0), EngineTime.fromSeconds(m / 10.0));
			total[0] += m;
		});
		assertThat(total[0]).isEqualTo(2 * 2000);

		RoadLinkReader.Result joined = new RoadLinkReader(LinkAttributes.defaults().withSnapMeters(3)).read(file);
		assertThat(joined.graphNodes()).isEqualTo(14);
	}

	@Test
	void aCellBesideTheMiddleOfALongRuralRoadAttachesThere() throws IOException {
		// one straight 4 km road with a shop at its west end; a cell 600 m north of the road's middle
		Path file = Files.writeString(dir.resolve("long.geojson"), """
				{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},
				 "features":[{"type":"Feature","properties":{"hastighet":72},
				  "geometry":{"type":"LineString","coordinates":[[500000,6600000],[504000,6600000]]}}]}""");
		RoadGraph graph = new RoadLinkReader().read(file).graph();
		Cells cell = Cells.of(new double[] { 502000 }, new double[] { 6600600 }, new int[] { 10 });
		ServicePoints shop = new ServicePoints(1, new int[] { 0 }, new double[] { 500000 }, new double[] { 6600000 });

		Accessibility result = new AccessibilityEngine(graph).analyse(cell, shop, EngineSettings.defaults());

		// 600 m to the road at 20 km/h (108 s), then 2 km at 72 km/h (100 s)
		assertThat(result.meters(0, 0)).isEqualTo(2600);
		assertThat(result.time(0, 0)).isEqualTo(EngineTime.fromSeconds(208));
	}

	@Test
	void everyBadFeatureIsReported() throws IOException {
		Path file = Files.writeString(dir.resolve("links.geojson"), """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","properties":{"speed":"fast"},"geometry":{"type":"LineString","coordinates":[[18,59],[18.1,59]]}},
				 {"type":"Feature","properties":{"direction":"up"},"geometry":{"type":"LineString","coordinates":[[18,59],[18.1,59]]}},
				 {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[18,59]}},
				 {"type":"Feature","properties":{}}
				]}""");
		assertThat(ImportProblems.summary(() -> new RoadLinkReader().read(file))).containsExactlyInAnyOrder(
				"1:speed:analysis.import.links.badSpeed", "2:direction:analysis.import.links.badDirection",
				"3:geometry:analysis.import.links.notLine", "4:geometry:analysis.import.geojson.noGeometry");
	}

	@Test
	void speedsBelowWalkingPaceAreRefused() throws IOException {
		// at 0.001 km/h a 250 m edge would take ten days, past what one edge may take
		Path file = Files.writeString(dir.resolve("slow.geojson"), """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","properties":{"speed":0.001},"geometry":{"type":"LineString","coordinates":[[18,59],[18.1,59]]}},
				 {"type":"Feature","properties":{"speed":1},"geometry":{"type":"LineString","coordinates":[[18.1,59],[18.2,59]]}}
				]}""");
		assertThat(ImportProblems.summary(() -> new RoadLinkReader().read(file)))
			.containsExactly("1:speed:analysis.import.links.badSpeed");
	}

	@Test
	void aLinkOfThousandsOfKilometresIsACoordinateMistake() throws IOException {
		// it would otherwise be cut into millions of 250 m edges
		Path file = Files.writeString(dir.resolve("far.geojson"), """
				{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},
				 "features":[
				 {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[500000,6600000],[501000,6600000]]}},
				 {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[500000,6600000],[5000000,6600000]]}}
				]}""");
		assertThat(ImportProblems.summary(() -> new RoadLinkReader().read(file)))
			.containsExactly("2:geometry:analysis.import.links.tooLong");
	}

	@Test
	void geoPackageWithPolygonsIsNoRoadNetwork() {
		Path grid = AnalysisFixtures.path("helsinki_population_grid_2020.gpkg");
		assertThat(ImportProblems.summary(() -> new RoadLinkReader().read(grid))).hasSize(92)
			.allSatisfy(p -> assertThat(p).endsWith(":geometry:analysis.import.links.notLine"));
	}

	@Test
	void fileThatIsNotGeoPackageIsRejected() throws IOException {
		Path fake = Files.writeString(dir.resolve("links.gpkg"), "not sqlite");
		assertThat(ImportProblems.summary(() -> new RoadLinkReader().read(fake)))
			.containsExactly("0:null:analysis.import.gpkg.notGeoPackage");
	}
}
