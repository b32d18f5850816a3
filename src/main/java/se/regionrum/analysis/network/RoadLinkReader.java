package se.regionrum.analysis.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.engine.RoadGraphBuilder;
import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.input.GeoJsonFeatures;
import se.regionrum.analysis.input.GeoPackageLayer;
import se.regionrum.analysis.input.Problems;

/**
 * A road graph from line features, the shape Trafikverket's NVDB network comes in: each LineString
 * (or part of a MultiLineString) is a link with a speed and a direction (see {@link LinkAttributes}),
 * and links meet where their ends lie within the snap distance; a line crossing another without a
 * shared end is a bridge, not a junction. Lengths are measured along the line in SWEREF 99 TM.
 */
public final class RoadLinkReader {

	/**
	 * What an import gave: nodes built from the link ends, the directed edges kept, and the nodes
	 * kept (the largest strongly connected component; islands are left out).
	 */
	public record Result(RoadGraph graph, int linksRead, int graphNodes, int graphEdges, int routableNodes) {
	}

	/** Speeds a road link may have, in km/h. */
	static final double MIN_SPEED_KMH = 1;

	static final double MAX_SPEED_KMH = 300;

	private final LinkAttributes attributes;

	public RoadLinkReader(LinkAttributes attributes) {
		this.attributes = attributes;
	}

	public RoadLinkReader() {
		this(LinkAttributes.defaults());
	}

	/** Reads by the file's extension: {@code .gpkg} (its first feature layer) or else GeoJSON. */
	public Result read(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg") ? readGeoPackage(file, null)
				: readGeoJson(file);
	}

	public Result readGeoJson(Path file) {
		Problems problems = new Problems();
		GeoJsonFeatures.Collection collection = GeoJsonFeatures.read(file, problems);
		if (collection.epsg() <= 0 || !CoordinateTransforms.known(collection.epsg())) {
			throw Problems.fileRejected("analysis.import.unknownCrs", file.getFileName().toString(),
					"EPSG:" + collection.epsg());
		}
		Links links = new Links(CoordinateTransforms.toSweref99(collection.epsg()));
		for (GeoJsonFeatures.Feature feature : collection.features()) {
			links.add(feature.number(), feature.geometry(), feature::text, problems);
		}
		problems.throwIfAny();
		return links.build(attributes.snapMeters(), file);
	}

	/** @param layerName the line layer, or null for the file's first feature layer */
	public Result readGeoPackage(Path file, String layerName) {
		Problems problems = new Problems();
		GeoPackageLayer layer = GeoPackageLayer.open(file, layerName);
		Links links = new Links(CoordinateTransforms.toSweref99(layer.epsg()));
		layer.forEach(problems, feature -> links.add(feature.number(), feature.geometry(), feature::text, problems));
		problems.throwIfAny();
		return links.build(attributes.snapMeters(), file);
	}

	/** The links read so far, in SWEREF 99 TM. */
	private final class Links {

		private final CoordinateTransforms.PlanarTransform toSweref;
		private final List<double[]> lines = new ArrayList<>();
		private final List<double[]> speedAndDirection = new ArrayList<>();

		Links(CoordinateTransforms.PlanarTransform toSweref) {
			this.toSweref = toSweref;
		}

		void add(int number, Geometry geometry, Function<String, String> property, Problems problems) {
			int before = problems.count();
			double speed = speed(number, property, problems);
			Integer direction = direction(number, property, problems);
			if (geometry == null) {
				return; // reported by the file reader
			}
			if (!(geometry instanceof LineString || geometry instanceof MultiLineString)) {
				problems.add(number, "geometry", "analysis.import.links.notLine", geometry.getGeometryType());
			}
			if (problems.count() > before) {
				return;
			}
			List<double[]> parts = new ArrayList<>();
			for (int part = 0; part < geometry.getNumGeometries(); part++) {
				Coordinate[] coordinates = geometry.getGeometryN(part).getCoordinates();
				if (coordinates.length < 2) {
					continue;
				}
				double[] line = new double[coordinates.length * 2];
				double length = 0;
				for (int i = 0; i < coordinates.length; i++) {
					double[] xy = toSweref.apply(coordinates[i].x, coordinates[i].y);
					if (!Double.isFinite(xy[0]) || !Double.isFinite(xy[1])) {
						problems.add(number, "geometry", "analysis.import.links.badCoordinate", coordinates[i].x,
								coordinates[i].y);
						return;
					}
					line[2 * i] = xy[0];
					line[2 * i + 1] = xy[1];
					length += i == 0 ? 0 : Math.hypot(xy[0] - line[2 * i - 2], xy[1] - line[2 * i - 1]);
				}
				// one link of more than 1,000 km is a coordinate mistake, and would be cut into millions of edges
				if (length > RoadGraphBuilder.MAX_EDGE_METERS) {
					problems.add(number, "geometry", "analysis.import.links.tooLong", Math.round(length / 1000));
					return;
				}
				parts.add(line);
			}
			for (double[] line : parts) {
				lines.add(line);
				speedAndDirection.add(new double[] { speed, direction });
			}
		}

		private double speed(int number, Function<String, String> property, Problems problems) {
			String name = first(property, attributes.speedNames());
			String text = name == null ? "" : property.apply(name).replace(',', '.');
			if (text.isEmpty()) {
				return attributes.defaultSpeedKmh();
			}
			try {
				double kmh = Double.parseDouble(text);
				// below walking pace a link's time is no road's; the limits keep every edge within the engine's
				if (kmh >= MIN_SPEED_KMH && kmh <= MAX_SPEED_KMH) {
					return kmh;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			problems.add(number, name, "analysis.import.links.badSpeed", text);
			return Double.NaN;
		}

		private Integer direction(int number, Function<String, String> property, Problems problems) {
			String name = first(property, attributes.directionNames());
			if (name == null) {
				return 0;
			}
			Integer direction = LinkAttributes.direction(property.apply(name));
			if (direction == null) {
				problems.add(number, name, "analysis.import.links.badDirection", property.apply(name));
			}
			return direction;
		}

		private static String first(Function<String, String> property, String[] names) {
			for (String name : names) {
				if (!property.apply(name).isEmpty()) {
					return name;
				}
			}
			return null;
		}

		Result build(double snapMeters, Path file) {
			if (lines.isEmpty()) {
				throw Problems.fileRejected("analysis.import.links.none", file.getFileName().toString());
			}
			int n = lines.size();
			double[] endX = new double[2 * n];
			double[] endY = new double[2 * n];
			for (int l = 0; l < n; l++) {
				double[] line = lines.get(l);
				endX[2 * l] = line[0];
				endY[2 * l] = line[1];
				endX[2 * l + 1] = line[line.length - 2];
				endY[2 * l + 1] = line[line.length - 1];
			}
			int[] junction = EndpointSnapper.junctions(endX, endY, snapMeters);
			RoadGraphBuilder builder = new RoadGraphBuilder();
			for (int e = 0; e < 2 * n; e++) {
				if (junction[e] == builder.nodeCount()) {
					builder.addNode(endX[e], endY[e]);
				}
			}
			for (int l = 0; l < n; l++) {
				double[] line = lines.get(l);
				double[] sd = speedAndDirection.get(l);
				RoadChain chain = new RoadChain(builder, junction[2 * l], sd[0] / 3.6, (int) sd[1]);
				for (int i = 2; i < line.length; i += 2) {
					chain.stretch(line[i - 2], line[i - 1], line[i], line[i + 1],
							Math.hypot(line[i] - line[i - 2], line[i + 1] - line[i - 1]));
					if (i + 2 < line.length && chain.due()) {
						chain.close(builder.addNode(line[i], line[i + 1]));
					}
				}
				chain.close(junction[2 * l + 1]);
			}
			RoadGraph graph = builder.build();
			return new Result(graph, n, graph.inputNodeCount(), graph.edgeCount(), graph.nodeCount());
		}
	}
}
