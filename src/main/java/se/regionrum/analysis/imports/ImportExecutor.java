package se.regionrum.analysis.imports;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.dataset.ServiceType;
import se.regionrum.analysis.dataset.ServiceTypeQueries;
import se.regionrum.analysis.servicepoint.OsmServiceTag;
import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.ImportTries;
import se.regionrum.platform.Jobs;
import se.regionrum.platform.Uploads;

/**
 * Reads uploaded files into data sets as durable jobs ({@link #TASK}, instance = the job's id) on
 * whichever server claims them, one at a time per server (a county's OSM file takes a core and a
 * good share of the heap), as the user who uploaded them, so that {@link DataSetService} checks and
 * audits the import as theirs. Everything a try reads is in the job's row and the upload directory,
 * so a server that dies mid-import leaves the job to another one, which reads the file again from
 * the start: the data set and the job's outcome are saved in one transaction, so nothing of a try
 * that died remains. The uploaded files are deleted once the job has ended.
 */
@Component
class ImportExecutor {

	static final TaskDescriptor<Void> TASK = TaskDescriptor.of("analysis-import");

	private static final Logger log = LoggerFactory.getLogger(ImportExecutor.class);

	/** Progress is written at most this often, so that a fast reader does not wait on the database. */
	private static final long PROGRESS_EVERY_MS = 500;

	static final int READING = 10;

	static final int SAVING = 80;

	/** What a try reads: its files by form field, in the job's directory. */
	record Work(long id, int attempt, ImportKind kind, String name, String source, int cellSize, TravelMode mode,
			Map<String, Path> files) {
	}

	private final AnalysisImportQueries store;

	private final DataSetService data;

	private final ServiceTypeQueries types;

	private final Uploads uploads;

	private final Jobs jobs;

	private final ImportTries tries;

	private final TransactionTemplate transaction;

	private final TransactionTemplate savepoint;

	private final List<OsmServiceTag> osmTags;

	ImportExecutor(AnalysisImportQueries store, DataSetService data, ServiceTypeQueries types, Uploads uploads,
			Jobs jobs, ImportTries tries, PlatformTransactionManager transactions,
			@Value("${regionrum.analysis.osm-service-tags:}") String osmTags) {
		this.osmTags = OsmServiceTag.parse(osmTags);
		this.store = store;
		this.data = data;
		this.types = types;
		this.uploads = uploads;
		this.jobs = jobs;
		this.tries = tries;
		this.transaction = new TransactionTemplate(transactions);
		this.savepoint = new TransactionTemplate(transactions);
		savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** Queues the job in the caller's transaction, the one that inserted its row. */
	void enqueue(long id) {
		jobs.enqueue(TASK, id);
	}

	/** One try of the job (see {@link ImportTries}). */
	void execute(long id, BooleanSupplier serverStopping) {
		store.upload(id).ifPresent(upload -> tries.run(store.jobs(), id, upload.workDir(), "analysis.import", attempt -> {
			Map<String, Path> files = new LinkedHashMap<>();
			for (String file : upload.files()) {
				files.put(file.substring(0, file.indexOf('/')), uploads.resolve(upload.workDir() + "/" + file));
			}
			return read(new Work(id, attempt, upload.kind(), upload.name(), upload.source(), upload.cellSize(),
					upload.mode(), files),
					serverStopping);
		}));
	}

	/** @return whether this try ended the job */
	private boolean read(Work work, BooleanSupplier serverStopping) {
		long id = work.id();
		try {
			store.saveProgress(id, READING, 0);
			return save(work);
		}
		catch (ImportRejectedException ex) {
			log.info("Analysis import {} rejected with {} problem(s)", id, ex.problems().size());
			return store.markRejected(id, work.attempt(), ex.problems());
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			if (serverStopping.getAsBoolean()) {
				log.warn("Analysis import {} stopped with its server; another server takes it over", id);
				throw ex;
			}
			log.error("Analysis import {} failed", id, ex);
			return store.markFailed(id, work.attempt(), "analysis.import.failed.unexpected",
					String.valueOf(ex.getMessage()));
		}
	}

	/**
	 * Reads the files, then saves the data set, its warnings and the job's outcome in one transaction
	 * (rolled back when a later try has taken the job over meanwhile).
	 */
	private boolean save(Work work) {
		return Boolean.TRUE.equals(switch (work.kind()) {
			case GRID -> {
				var grid = ImportReading.grid(work.files().get(ImportReading.FILE), work.name(), work.source(),
						work.cellSize());
				store.saveProgress(work.id(), SAVING, 0);
				yield done(work, () -> data.importGrid(grid).id());
			}
			case POINTS -> {
				List<String> known = types.all().stream().map(ServiceType::code).toList();
				var points = ImportReading.points(work.files().get(ImportReading.FILE), work.name(), work.source(),
						known, osmTags);
				store.saveProgress(work.id(), SAVING, 0);
				yield done(work, () -> data.importPoints(points).id());
			}
			case NETWORK -> {
				TravelMode mode = work.mode() == null ? TravelMode.CAR : work.mode();
				var graph = network(work, mode);
				yield done(work, () -> data.importNetwork(work.name(), work.source(), mode, false, graph).id());
			}
		});
	}

	private Boolean done(Work work, LongSupplier importData) {
		return transaction.execute(tx -> {
			long dataset = importData.getAsLong();
			// before the job is done, so that the page that reloads when it is finds them
			store.insertWarnings(work.id(), warnings(work.kind(), dataset));
			if (!store.markDone(work.id(), work.attempt(), dataset)) {
				log.warn("Analysis import {} was taken over by another try; this one's data set is not kept", work.id());
				tx.setRollbackOnly();
				return false;
			}
			return true;
		});
	}

	private RoadGraph network(Work work, TravelMode mode) {
		long id = work.id();
		long[] last = { System.currentTimeMillis() };
		long[] read = { 0 };
		RoadGraph graph = ImportReading.network(work.files(), mode, count -> {
			read[0] = count;
			long now = System.currentTimeMillis();
			if (now - last[0] >= PROGRESS_EVERY_MS) {
				last[0] = now;
				store.saveProgress(id, READING, count);
			}
		});
		store.saveProgress(id, SAVING, read[0]);
		return graph;
	}

	/**
	 * A grid or point set that lies wholly or partly outside the region's municipalities is usable,
	 * but a run of it against the region's network reaches nothing there: the import says so.
	 */
	private List<ImportProblem> warnings(ImportKind kind, long dataset) {
		Optional<DataSetService.Outside> outside;
		try {
			// in a savepoint: a check that fails must not spoil the import's transaction (PostgreSQL's)
			outside = savepoint.execute(tx -> switch (kind) {
				case GRID -> data.gridOutsideRegion(dataset);
				case POINTS -> data.pointsOutsideRegion(dataset);
				case NETWORK -> Optional.<DataSetService.Outside>empty();
			});
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
