package se.regionrum.analysis.demo;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.regionrum.actors.MunicipalityBoundaries;
import se.regionrum.analysis.dataset.DataSetQueries;
import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.dataset.DataSets;
import se.regionrum.analysis.dataset.ServiceType;
import se.regionrum.analysis.dataset.ServiceTypeQueries;
import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.analysis.run.RunRequest;
import se.regionrum.analysis.run.RunSettings;
import se.regionrum.analysis.run.RunService;
import se.regionrum.analysis.synthetic.SyntheticRegion;
import se.regionrum.platform.DemoData;
import se.regionrum.platform.SystemUser;

/**
 * Gives a fresh start something to look at: a synthetic population grid, service points and road
 * network of region size laid over the municipalities in the register (their boundaries frame it,
 * their central towns and populations seed it), stored as synthetic data sets, and one analysis
 * started in the background. No real person or shop is in it; every page that shows it says so.
 * Runs after the actors demo data, which brings the municipalities and their boundaries.
 */
@Component
class AnalysisDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(AnalysisDemoData.class);

	static final long SEED = 3006;


	private final String regionName;

	private final DataSetQueries dataSets;

	private final MunicipalityBoundaries boundaries;

	private final ServiceTypeQueries types;

	private final DataSetService data;

	private final RunService runs;

	AnalysisDemoData(@Value("${regionrum.region.name:}") String regionName, DataSetQueries dataSets,
			MunicipalityBoundaries boundaries, ServiceTypeQueries types, DataSetService data, RunService runs) {
		this.regionName = regionName;
		this.dataSets = dataSets;
		this.boundaries = boundaries;
		this.types = types;
		this.data = data;
		this.runs = runs;
	}

	/** Runs after initiatives and before indicators, as when it was a start-up runner. */
	@Override
	public int order() {
		return 35;
	}

	@Override
	public boolean holdsNoData() {
		return dataSets.countGrids() == 0;
	}

	@Override
	public void loadMissing() {
		SystemUser.run(this::load);
	}

	void load() {
		List<SyntheticRegion.Town> towns = new ArrayList<>();
		Envelope extent = new Envelope();
		List<Geometry> areas = new ArrayList<>();
		for (MunicipalityBoundaries.Municipality m : boundaries.municipalities()) {
			if (m.hasBoundary()) {
				Geometry area = CoordinateTransforms.wgs84ToSweref99(m.boundary());
				areas.add(area);
				extent.expandToInclude(area.getEnvelopeInternal());
			}
			if (m.hasTown()) {
				double[] xy = CoordinateTransforms.wgs84ToSweref99(m.townLongitude(), m.townLatitude());
				towns.add(new SyntheticRegion.Town(m.centralTown() == null ? m.name() : m.centralTown(), xy[0], xy[1],
						m.population() == null ? 10_000 : m.population()));
				extent.expandToInclude(xy[0], xy[1]);
			}
		}
		if (towns.isEmpty() || extent.isNull()) {
			log.info("No municipalities with central towns in the register: no synthetic analysis data");
			return;
		}
		long start = System.nanoTime();
		var generated = SyntheticRegion.generate(SyntheticRegion.Scale.REGION,
				new SyntheticRegion.Extent(extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY()),
				towns, SEED, populatedArea(areas));
		String label = regionName == null || regionName.isBlank() ? "" : " – " + regionName;
		String source = "Syntetiska data från Regionrum (frö " + SEED + ")";
		var grid = data.importGrid(new DataSets.NewGrid("Syntetiskt befolkningsrutnät" + label, source, "EPSG:3006",
				generated.cellSize(), generated.cellLowerLeftX(), generated.cellLowerLeftY(),
				generated.cells().population(), generated.cells().ageGroups(), generated.cells().ageGroupPopulation(),
				true));
		List<ServiceType> serviceTypes = types.all();
		List<DataSets.NewPoint> points = new ArrayList<>();
		var p = generated.points();
		for (int i = 0; i < p.count(); i++) {
			String type = serviceTypes.get(p.type()[i] % serviceTypes.size()).code();
			points.add(new DataSets.NewPoint(type, generated.pointNames()[i], p.x()[i], p.y()[i], source));
		}
		var pointSet = data.importPoints(new DataSets.NewPointSet("Syntetiska serviceställen" + label, source, true, points));
		var network = data.importNetwork("Syntetiskt vägnät" + label, source, TravelMode.CAR, true, generated.graph());
		var run = runs.start(new RunRequest("Demoanalys, syntetiska data" + label, grid.id(), network.id(),
				pointSet.id(), null, null));
		// who reaches a pharmacy or a grocery on foot within a quarter of an hour, by age group
		var walking = data.importNetwork("Syntetiskt gångnät" + label, source, TravelMode.WALK, true,
				WalkingNetwork.of(generated.graph()));
		RunSettings walkingSettings = RunSettings.defaults(TravelMode.WALK);
		var walk = runs.start(new RunRequest("Demoanalys till fots, syntetiska data" + label, grid.id(), walking.id(),
				pointSet.id(), new RunSettings(walkingSettings.cellSnapMeters(), walkingSettings.pointSnapMeters(),
						walkingSettings.connectorSpeedKmh(), List.of(15, 30, 60)),
				List.of("pharmacy", "grocery_full")));
		log.info("Synthetic analysis data: {} cells, {} points, {} road nodes in {} ms; runs {} and {} (walking) started",
				grid.cellCount(), pointSet.pointCount(), network.nodeCount(), (System.nanoTime() - start) / 1_000_000,
				run.id(), walk.id());
	}

	/** People live inside the municipalities' boundaries; without boundaries, anywhere in the extent. */
	private static SyntheticRegion.Area populatedArea(List<Geometry> areas) {
		if (areas.isEmpty()) {
			return SyntheticRegion.Area.EVERYWHERE;
		}
		STRtree index = new STRtree();
		for (Geometry area : areas) {
			index.insert(area.getEnvelopeInternal(), PreparedGeometryFactory.prepare(area));
		}
		GeometryFactory factory = new GeometryFactory();
		return (x, y) -> {
			Point point = factory.createPoint(new Coordinate(x, y));
			for (Object candidate : index.query(point.getEnvelopeInternal())) {
				if (((PreparedGeometry) candidate).contains(point)) {
					return true;
				}
			}
			return false;
		};
	}

}
