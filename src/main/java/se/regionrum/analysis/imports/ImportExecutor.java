package se.regionrum.analysis.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.dataset.ServiceType;
import se.regionrum.analysis.dataset.ServiceTypeQueries;
import se.regionrum.analysis.servicepoint.OsmServiceTag;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportQueue;
import se.regionrum.platform.ImportRejectedException;

/**
 * Reads uploaded files into data sets in the background, one at a time on an executor of its own
 * (a county's OSM file takes a core and a good share of the heap), as the user who uploaded them,
 * so that {@link DataSetService} checks and audits the import as theirs. Progress and the outcome
 * are stored for the job's page; the uploaded files are deleted whatever the outcome.
 */
@Component
class ImportExecutor implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportExecutor.class);

	/** Progress is written at most this often, so that a fast reader does not wait on the database. */
	private static final long PROGRESS_EVERY_MS = 500;

	static final int READING = 10;

	static final int SAVING = 80;

	/** What a job reads: its files by form field, in a work directory of their own. */
	record Work(long id, ImportKind kind, String name, String source, int cellSize, Map<String, Path> files,
			Path workDir) {
	}

	private final AnalysisImportQueries store;

	private final DataSetService data;

	private final ServiceTypeQueries types;

	private final ImportQueue queue = new ImportQueue("analysis-import-");

	private final List<OsmServiceTag> osmTags;

	ImportExecutor(AnalysisImportQueries store, DataSetService data, ServiceTypeQueries types,
			@Value("${regionrum.analysis.osm-service-tags:}") String osmTags) {
		this.osmTags = OsmServiceTag.parse(osmTags);
		this.store = store;
		this.data = data;
		this.types = types;
	}

	/**
	 * Fails every job still queued or running that this server did not queue itself: the queue lives
	 * in memory, so after a restart nothing will ever read their files. One analysis server per
	 * database is the supported deployment.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void failInterruptedImports() {
		List<String> dirs = store.failInterrupted(queue.active());
		dirs.forEach(dir -> ImportQueue.deleteWorkDir(Path.of(dir)));
		if (!dirs.isEmpty()) {
			log.warn("{} analysis import(s) left unfinished by a stopped server marked as failed", dirs.size());
		}
	}

	/** Queues the job as the current user; when the queue is full, the job fails as busy. */
	void submit(Work work) {
		queue.submit(work.id(), () -> execute(work), work.workDir(),
				detail -> store.markFailed(work.id(), "analysis.import.failed.busy", detail));
	}

	@Override
	public void destroy() {
		queue.shutdown();
	}

	private void execute(Work work) {
		long id = work.id();
		try {
			store.markStarted(id);
			store.saveProgress(id, READING, 0);
			long dataset = read(work);
			// before the job is done, so that the page that reloads when it is finds them
			store.insertWarnings(id, warnings(work.kind(), dataset));
			store.markDone(id, dataset);
		}
		catch (ImportRejectedException ex) {
			log.info("Analysis import {} rejected with {} problem(s)", id, ex.problems().size());
			store.markRejected(id, ex.problems());
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			log.error("Analysis import {} failed", id, ex);
			store.markFailed(id, "analysis.import.failed.unexpected", String.valueOf(ex.getMessage()));
		}
		finally {
			ImportQueue.deleteWorkDir(work.workDir());
		}
	}

	private long read(Work work) {
		long id = work.id();
		Path file = work.files().get(ImportReading.FILE);
		return switch (work.kind()) {
			case GRID -> {
				var grid = ImportReading.grid(file, work.name(), work.source(), work.cellSize());
				store.saveProgress(id, SAVING, 0);
				yield data.importGrid(grid).id();
			}
			case POINTS -> {
				List<String> known = types.all().stream().map(ServiceType::code).toList();
				var points = ImportReading.points(file, work.name(), work.source(), known, osmTags);
				store.saveProgress(id, SAVING, 0);
				yield data.importPoints(points).id();
			}
			case NETWORK -> {
				long[] last = { System.currentTimeMillis() };
				long[] read = { 0 };
				var graph = ImportReading.network(work.files(), count -> {
					read[0] = count;
					long now = System.currentTimeMillis();
					if (now - last[0] >= PROGRESS_EVERY_MS) {
						last[0] = now;
						store.saveProgress(id, READING, count);
					}
				});
				store.saveProgress(id, SAVING, read[0]);
				yield data.importNetwork(work.name(), work.source(), false, graph).id();
			}
		};
	}

	/**
	 * A grid or point set that lies wholly or partly outside the region's municipalities is usable,
	 * but a run of it against the region's network reaches nothing there: the import says so.
	 */
	private List<ImportProblem> warnings(ImportKind kind, long dataset) {
		Optional<DataSetService.Outside> outside;
		try {
			outside = switch (kind) {
				case GRID -> data.gridOutsideRegion(dataset);
				case POINTS -> data.pointsOutsideRegion(dataset);
				case NETWORK -> Optional.empty();
			};
		}
		catch (RuntimeException ex) {
			// the data set is saved; a check that cannot be made must not make the import look failed
			log.warn("Could not check whether data set {} of import lies within the region", dataset, ex);
			return List.of();
		}
		return outside.filter(o -> o.count() > 0).map(o -> {
			if (kind == ImportKind.GRID) {
				return o.all() ? ImportProblem.ofFile("analysis.import.warning.gridAllOutside", o.total())
						: ImportProblem.ofFile("analysis.import.warning.gridOutside", o.count(), o.total(), o.people(),
								o.totalPeople());
			}
			return o.all() ? ImportProblem.ofFile("analysis.import.warning.pointsAllOutside", o.total())
					: ImportProblem.ofFile("analysis.import.warning.pointsOutside", o.count(), o.total());
		}).map(List::of).orElse(List.of());
	}

}
