package se.regionrum.analysis.dataset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.analysis.dataset.DataSets.GridInfo;
import se.regionrum.analysis.dataset.DataSets.NetworkInfo;
import se.regionrum.analysis.dataset.DataSets.NewGrid;
import se.regionrum.analysis.dataset.DataSets.NewPoint;
import se.regionrum.analysis.dataset.DataSets.NewPointSet;
import se.regionrum.analysis.dataset.DataSets.PointSetInfo;
import se.regionrum.analysis.dataset.DataSets.ServicePoint;
import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.NotFoundException;

/**
 * The use cases of the analysis inputs: list the grids, point sets and networks, and import one.
 * An import is one call taking what a reader produced, checked whole and saved in one
 * transaction, so that nothing is half-imported; cells and points get their municipality by
 * point in polygon at import.
 */
@Service
public class DataSetService {

	static final String AUDIT_GRID = "AnalysisGrid";

	static final String AUDIT_POINTS = "AnalysisPointSet";

	static final String AUDIT_NETWORK = "AnalysisNetwork";

	private final DataSetQueries store;

	private final ServiceTypeQueries types;

	private final MunicipalityLocator locator;

	private final AnalysisAccess access;

	private final AuditLog audit;

	DataSetService(DataSetQueries store, ServiceTypeQueries types, MunicipalityLocator locator, AnalysisAccess access,
			AuditLog audit) {
		this.store = store;
		this.types = types;
		this.locator = locator;
		this.access = access;
		this.audit = audit;
	}

	public List<ServiceType> serviceTypes() {
		access.requireReader();
		return types.all();
	}

	public List<GridInfo> grids() {
		access.requireReader();
		return store.grids();
	}

	public List<PointSetInfo> pointSets() {
		access.requireReader();
		return store.pointSets();
	}

	public List<NetworkInfo> networks() {
		access.requireReader();
		return store.networks();
	}

	public PointSetInfo pointSet(long id) {
		access.requireReader();
		return store.pointSet(id).orElseThrow(() -> new NotFoundException("Point set", id));
	}

	public List<ServicePoint> points(long pointSetId, String type, Long municipalityId, String text) {
		pointSet(pointSetId);
		return store.points(pointSetId, type, municipalityId, text);
	}

	/**
	 * How much of a stored data set lies outside every municipality of the region: cells (or
	 * points) and people. Empty when the register holds no boundaries to tell by.
	 */
	public record Outside(long count, long total, long people, long totalPeople) {

		public boolean all() {
			return total > 0 && count == total;
		}

	}

	/** The cells of a grid outside the region's municipal boundaries (see {@link Outside}). */
	public Optional<Outside> gridOutsideRegion(long gridId) {
		access.requireReader();
		if (!locator.hasBoundaries()) {
			return Optional.empty();
		}
		DataSets.Grid grid = store.grid(gridId).orElseThrow(() -> new NotFoundException("Grid", gridId));
		long cells = 0;
		long people = 0;
		for (int c = 0; c < grid.municipality().length; c++) {
			if (grid.municipality()[c] == 0) {
				cells++;
				people += grid.population()[c];
			}
		}
		return Optional.of(new Outside(cells, grid.municipality().length, people, grid.info().totalPopulation()));
	}

	/** The points of a set outside the region's municipal boundaries (see {@link Outside}). */
	public Optional<Outside> pointsOutsideRegion(long pointSetId) {
		PointSetInfo set = pointSet(pointSetId);
		if (!locator.hasBoundaries()) {
			return Optional.empty();
		}
		return Optional.of(new Outside(store.countPointsOutside(pointSetId), set.pointCount(), 0, 0));
	}

	@Transactional
	public GridInfo importGrid(NewGrid grid) {
		CurrentUser user = access.requireAnalyst();
		List<ImportProblem> problems = new ArrayList<>();
		int n = grid.x().length;
		if (grid.y().length != n || grid.population().length != n) {
			problems.add(ImportProblem.ofFile("analysis.import.columnsDiffer"));
		}
		if (grid.cellSize() <= 0) {
			problems.add(ImportProblem.ofFile("analysis.import.cellSize"));
		}
		if (grid.agePopulation().length != grid.ageGroups().size()) {
			problems.add(ImportProblem.ofFile("analysis.import.columnsDiffer"));
		}
		for (int i = 0; i < grid.population().length && problems.size() < 50; i++) {
			if (grid.population()[i] < 0) {
				problems.add(new ImportProblem(i + 1, "population", "analysis.import.negativePopulation"));
			}
		}
		if (n == 0) {
			problems.add(ImportProblem.ofFile("analysis.import.empty"));
		}
		if (grid.municipalityCodes() != null && grid.municipalityCodes().length != n) {
			problems.add(ImportProblem.ofFile("analysis.import.columnsDiffer"));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		int[] byCode = grid.municipalityCodes() == null ? null : municipalitiesByCode(grid.municipalityCodes());
		double half = grid.cellSize() / 2.0;
		int[] municipality = new int[n];
		long total = 0;
		Checksums checksum = new Checksums().add(grid.crs()).add(grid.cellSize()).add(String.join(";", grid.ageGroups()))
			.add(IntColumns.pack(grid.x())).add(IntColumns.pack(grid.y())).add(IntColumns.pack(grid.population()));
		for (int[] ages : grid.agePopulation()) {
			checksum.add(IntColumns.pack(ages));
		}
		MunicipalityLocator.Index index = null;
		for (int i = 0; i < n; i++) {
			if (byCode != null && byCode[i] >= 0) {
				municipality[i] = byCode[i];
			}
			else {
				index = index == null ? locator.index() : index;
				municipality[i] = Math.toIntExact(index.locate(grid.x()[i] + half, grid.y()[i] + half));
			}
			total += grid.population()[i];
		}
		long id = store.insertGrid(grid, municipality, checksum.hex(), total, Instant.now(), user.username());
		audit.event(AUDIT_GRID, id, AuditAction.IMPORT, "analysis.audit.gridImported", grid.name(), n);
		return store.gridInfo(id).orElseThrow();
	}

	/**
	 * The organisation id of each cell's municipality by its SCB code, -1 where the code is blank (the
	 * boundaries place those); a code the register does not know rejects the grid, by row.
	 */
	private int[] municipalitiesByCode(String[] codes) {
		Map<String, Long> ids = locator.idsByScbCode();
		List<ImportProblem> problems = new ArrayList<>();
		int[] municipality = new int[codes.length];
		for (int i = 0; i < codes.length; i++) {
			String code = codes[i] == null ? "" : codes[i].strip();
			if (code.isEmpty()) {
				municipality[i] = -1;
				continue;
			}
			// Spreadsheets drop the leading zero of Stockholm county's codes (0180 becomes 180).
			if (code.length() < 4 && code.chars().allMatch(Character::isDigit)) {
				code = "0".repeat(4 - code.length()) + code;
			}
			Long id = ids.get(code);
			if (id == null) {
				if (problems.size() < 50) {
					problems.add(new ImportProblem(i + 1, "municipality", "analysis.import.unknownMunicipality", code));
				}
			}
			else {
				municipality[i] = Math.toIntExact(id);
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return municipality;
	}

	@Transactional
	public PointSetInfo importPoints(NewPointSet set) {
		CurrentUser user = access.requireAnalyst();
		Set<String> known = types.byCode().keySet();
		List<ImportProblem> problems = new ArrayList<>();
		for (int i = 0; i < set.points().size() && problems.size() < 50; i++) {
			NewPoint p = set.points().get(i);
			if (p.type() == null || !known.contains(p.type())) {
				problems.add(new ImportProblem(i + 1, "type", "analysis.import.unknownType", p.type(),
						String.join(", ", known)));
			}
			if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
				problems.add(new ImportProblem(i + 1, "x", "analysis.import.badPlace"));
			}
		}
		if (set.points().isEmpty()) {
			problems.add(ImportProblem.ofFile("analysis.import.empty"));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		MunicipalityLocator.Index index = locator.index();
		long[] municipality = new long[set.points().size()];
		Checksums checksum = new Checksums();
		for (int i = 0; i < municipality.length; i++) {
			NewPoint p = set.points().get(i);
			municipality[i] = index.locate(p.x(), p.y());
			checksum.add(p.type()).add(p.name()).add(p.x()).add(p.y());
		}
		long id = store.insertPointSet(set, municipality, checksum.hex(), Instant.now(), user.username());
		audit.event(AUDIT_POINTS, id, AuditAction.IMPORT, "analysis.audit.pointsImported", set.name(),
				set.points().size());
		return store.pointSet(id).orElseThrow();
	}

	@Transactional
	public NetworkInfo importNetwork(String name, String source, TravelMode mode, boolean synthetic, RoadGraph graph) {
		CurrentUser user = access.requireAnalyst();
		if (graph.nodeCount() == 0 || graph.edgeCount() == 0) {
			throw new ImportRejectedException(List.of(ImportProblem.ofFile("analysis.import.empty")));
		}
		byte[] bytes = DataSetQueries.graphBytes(graph);
		long id = store.insertNetwork(name, source, mode, synthetic, graph, bytes, new Checksums().add(bytes).hex(),
				Instant.now(), user.username());
		audit.event(AUDIT_NETWORK, id, AuditAction.IMPORT, "analysis.audit.networkImported", name, graph.nodeCount(),
				graph.edgeCount());
		return store.network(id).orElseThrow();
	}

}
