package se.regionrum.indicators.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.indicators.Areas;
import se.regionrum.indicators.Indicators;
import se.regionrum.indicators.indicator.IndicatorValueQueries;
import se.regionrum.indicators.kolada.KoladaClient;
import se.regionrum.indicators.kolada.KoladaDataReader;
import se.regionrum.indicators.kolada.KoladaKpiReader;
import se.regionrum.indicators.pxweb.ScbCsvReader;
import se.regionrum.indicators.pxweb.ScbJsonStatReader;
import se.regionrum.indicators.reading.CsvFiles;
import se.regionrum.indicators.reading.ValueImport;
import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.ImportTries;
import se.regionrum.platform.Jobs;
import se.regionrum.platform.Uploads;

/**
 * Reads indicator imports as durable jobs ({@link #TASK}, instance = the job's id) on whichever
 * server claims them, one at a time per server, as the user who started them, each in one
 * transaction: every value of every file is saved, with the job's outcome, or none (the problems
 * are stored with the job instead). Everything a try reads is in the job's row and the upload
 * directory, so a server that dies mid-import leaves the job to another one, which reads (or
 * fetches) again from the start. Progress follows the bytes read. The uploaded or fetched files
 * are deleted once the job has ended.
 */
@Component
class IndicatorImportExecutor {

	static final TaskDescriptor<Void> TASK = TaskDescriptor.of("indicator-import");

	private static final Logger log = LoggerFactory.getLogger(IndicatorImportExecutor.class);

	private static final long PROGRESS_EVERY_MS = 500;

	/** Percent of a fetch's progress bar that the downloading takes. */
	private static final int FETCHING = 20;

	static final String AUDIT_TYPE = "indicator_import";

	/** The sub-directory of the KPI metadata file of a Kolada upload. */
	static final String KPIS = "kpis";

	/** What a try reads. {@code charset} null: detect. */
	record Work(long id, int attempt, IndicatorImportKind kind, List<Path> files, List<Path> kpis, Long indicatorId,
			String tableId, Charset charset, KoladaClient.Request fetch, String fetchUrl, Path workDir) {
	}

	private record Outcome(long values, int created) {
	}

	private final IndicatorImportQueries store;

	private final Areas areas;

	private final Indicators indicators;

	private final IndicatorValueQueries values;

	private final KoladaClient kolada;

	private final AuditLog audit;

	private final Uploads uploads;

	private final Jobs jobs;

	private final ImportTries tries;

	private final TransactionTemplate transaction;

	IndicatorImportExecutor(IndicatorImportQueries store, Areas areas, Indicators indicators,
			IndicatorValueQueries values, KoladaClient kolada, AuditLog audit, Uploads uploads, Jobs jobs,
			ImportTries tries, PlatformTransactionManager transactions) {
		this.store = store;
		this.areas = areas;
		this.indicators = indicators;
		this.values = values;
		this.kolada = kolada;
		this.audit = audit;
		this.uploads = uploads;
		this.jobs = jobs;
		this.tries = tries;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Queues the job in the caller's transaction, the one that inserted its row. */
	void enqueue(long id) {
		jobs.enqueue(TASK, id);
	}

	/** One try of the job (see {@link ImportTries}). */
	void execute(long id, BooleanSupplier serverStopping) {
		store.upload(id).ifPresent(upload -> tries.run(store.jobs(), id, upload.workDir(), "indicatorimports", attempt -> {
			List<Path> files = new ArrayList<>();
			List<Path> kpis = new ArrayList<>();
			for (String file : upload.files()) {
				(file.startsWith(KPIS + "/") ? kpis : files).add(uploads.resolve(upload.workDir() + "/" + file));
			}
			return run(new Work(id, attempt, upload.kind(), files, kpis, upload.indicatorId(), upload.tableId(),
					upload.encoding() == null ? null : Charset.forName(upload.encoding()), upload.fetch(),
					upload.fetchUrl(), uploads.resolve(upload.workDir())), serverStopping);
		}));
	}

	/** @return whether this try ended the job */
	private boolean run(Work work, BooleanSupplier serverStopping) {
		long id = work.id();
		long[] valuesRead = { 0 };
		try {
			store.saveProgress(id, 1, 0);
			List<Path> files = work.files();
			List<Path> kpis = work.kpis();
			int from = 1;
			if (work.kind() == IndicatorImportKind.KOLADA_FETCH) {
				KoladaClient.Fetched fetched = kolada.fetch(work.fetchUrl(), work.fetch(), work.workDir(),
						pages -> store.saveProgress(id, Math.min(FETCHING, 1 + pages), 0));
				files = fetched.dataPages();
				kpis = fetched.kpiPages();
				store.saveFiles(id, (kpis.size() + files.size()) + " × JSON", size(kpis) + size(files));
				from = FETCHING;
			}
			List<Path> data = files;
			List<Path> metadata = kpis;
			int start = from;
			Outcome outcome = transaction.execute(tx -> {
				Outcome read = read(work, data, metadata, start, valuesRead);
				if (!store.markDone(id, work.attempt(), read.values(), read.created())) {
					log.warn("Indicator import {} was taken over by another try; this one's values are not kept", id);
					tx.setRollbackOnly();
					return null;
				}
				audit.event(AUDIT_TYPE, id, AuditAction.IMPORT, "indicatorimports.audit.done", read.values(),
						work.kind().name(), read.created());
				return read;
			});
			return outcome != null;
		}
		catch (ImportRejectedException ex) {
			log.info("Indicator import {} rejected with {} problem(s)", id, ex.problems().size());
			return store.markRejected(id, work.attempt(), ex.problems(), valuesRead[0]);
		}
		catch (IOException | UncheckedIOException ex) {
			if (serverStopping.getAsBoolean()) {
				throw stopped(id, ex);
			}
			log.warn("Indicator import {} could not read or fetch its files: {}", id, ex.getMessage());
			return store.markFailed(id, work.attempt(), work.kind() == IndicatorImportKind.KOLADA_FETCH
					? "indicatorimports.failed.fetch" : "indicatorimports.failed.unexpected", String.valueOf(ex.getMessage()));
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			if (serverStopping.getAsBoolean()) {
				throw stopped(id, ex);
			}
			log.error("Indicator import {} failed", id, ex);
			return store.markFailed(id, work.attempt(), "indicatorimports.failed.unexpected",
					String.valueOf(ex.getMessage()));
		}
	}

	/** A try that failed because its server is stopping: the job is left to another server. */
	private static IllegalStateException stopped(long id, Throwable ex) {
		log.warn("Indicator import {} stopped with its server; another server takes it over", id);
		return new IllegalStateException("Indicator import " + id + " stopped with its server", ex);
	}

	private Outcome read(Work work, List<Path> files, List<Path> kpis, int from, long[] valuesRead) {
		long id = work.id();
		java.util.Set<Long> fresh = values.indicatorsWithoutValues();
		ValueImport target = new ValueImport(areas.all(), indicators.all(), read -> values.importValues(read, fresh),
				indicator -> {
					long created = store.insertIndicator(indicator);
					fresh.add(created);
					return created;
				});
		long total = Math.max(1, size(kpis) + size(files));
		long[] last = { System.currentTimeMillis() };
		long[] bytes = { 0 };
		java.util.function.LongConsumer progress = read -> {
			long now = System.currentTimeMillis();
			if (now - last[0] >= PROGRESS_EVERY_MS) {
				last[0] = now;
				int percent = from + (int) ((99 - from) * Math.min(1.0, (double) read / total));
				store.saveProgress(id, percent, target.valuesRead());
			}
		};
		try {
			boolean several = kpis.size() + files.size() > 1;
			for (Path kpi : kpis) {
				target.file(kpi.getFileName().toString(), several);
				try (CountingInputStream in = counted(kpi, bytes, progress)) {
					new KoladaKpiReader(target).read(in);
				}
				bytes[0] += size(List.of(kpi));
			}
			for (Path file : files) {
				target.file(file.getFileName().toString(), several);
				Charset charset = work.charset();
				if (charset == null && (work.kind() == IndicatorImportKind.SCB_CSV || work.kind() == IndicatorImportKind.OWN_CSV)) {
					charset = CsvFiles.detect(file);
				}
				try (CountingInputStream in = counted(file, bytes, progress)) {
					switch (work.kind()) {
						case KOLADA, KOLADA_FETCH -> new KoladaDataReader(target).read(in);
						case SCB_JSONSTAT -> new ScbJsonStatReader(target, work.tableId()).read(in);
						case SCB_CSV -> new ScbCsvReader(target, work.tableId()).read(CsvFiles.reader(in, charset));
						case OWN_CSV -> new OwnCsvReader(target, work.indicatorId()).read(CsvFiles.reader(in, charset));
					}
				}
				bytes[0] += size(List.of(file));
			}
			valuesRead[0] = target.valuesRead();
			long values = target.finish();
			return new Outcome(values, target.indicatorsCreated());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			valuesRead[0] = target.valuesRead();
		}
	}

	private static CountingInputStream counted(Path file, long[] before, java.util.function.LongConsumer progress)
			throws IOException {
		InputStream raw = Files.newInputStream(file);
		return new CountingInputStream(new java.io.BufferedInputStream(raw, 64 * 1024), before[0], progress);
	}

	private static long size(List<Path> files) {
		long size = 0;
		for (Path f : files) {
			try {
				size += Files.size(f);
			}
			catch (IOException ex) {
				// counted as empty: progress only
			}
		}
		return size;
	}

}
