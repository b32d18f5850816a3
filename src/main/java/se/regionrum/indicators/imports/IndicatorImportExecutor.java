package se.regionrum.indicators.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
import se.regionrum.platform.ImportQueue;
import se.regionrum.platform.ImportRejectedException;

/**
 * Reads indicator imports in the background, one at a time, as the user who started them, each in
 * one transaction: every value of every file is saved, or none (the problems are stored with the
 * job instead). Progress follows the bytes read. The uploaded or fetched files are deleted whatever
 * the outcome.
 */
@Component
class IndicatorImportExecutor implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(IndicatorImportExecutor.class);

	private static final long PROGRESS_EVERY_MS = 500;

	/** Percent of a fetch's progress bar that the downloading takes. */
	private static final int FETCHING = 20;

	static final String AUDIT_TYPE = "indicator_import";

	/** What a job reads. {@code charset} null: detect. */
	record Work(long id, IndicatorImportKind kind, List<Path> files, List<Path> kpis, Long indicatorId,
			String tableId, Charset charset, KoladaClient.Request fetch, Path workDir) {
	}

	private record Outcome(long values, int created) {
	}

	private final IndicatorImportQueries store;

	private final Areas areas;

	private final Indicators indicators;

	private final IndicatorValueQueries values;

	private final KoladaClient kolada;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final ImportQueue queue = new ImportQueue("indicator-import-");

	IndicatorImportExecutor(IndicatorImportQueries store, Areas areas, Indicators indicators,
			IndicatorValueQueries values, KoladaClient kolada, AuditLog audit, PlatformTransactionManager transactions) {
		this.store = store;
		this.areas = areas;
		this.indicators = indicators;
		this.values = values;
		this.kolada = kolada;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Fails the jobs a stopped server left queued or running: the queue lives in memory. */
	@EventListener(ApplicationReadyEvent.class)
	void failInterruptedImports() {
		List<String> dirs = store.failInterrupted(queue.active());
		dirs.forEach(dir -> ImportQueue.deleteWorkDir(Path.of(dir)));
		if (!dirs.isEmpty()) {
			log.warn("{} indicator import(s) left unfinished by a stopped server marked as failed", dirs.size());
		}
	}

	/** Queues the job as the current user; when the queue is full, the job fails as busy. */
	void submit(Work work) {
		queue.submit(work.id(), () -> execute(work), work.workDir(),
				detail -> store.markFailed(work.id(), "indicatorimports.failed.busy", detail));
	}

	@Override
	public void destroy() {
		queue.shutdown();
	}

	/** Runs the job in the calling thread (the benchmark's way); the outcome is in the store. */
	void execute(Work work) {
		long id = work.id();
		long[] valuesRead = { 0 };
		try {
			store.markStarted(id);
			List<Path> files = work.files();
			List<Path> kpis = work.kpis();
			int from = 1;
			if (work.kind() == IndicatorImportKind.KOLADA_FETCH) {
				KoladaClient.Fetched fetched = kolada.fetch(work.fetch(), work.workDir(),
						pages -> store.saveProgress(id, Math.min(FETCHING, 1 + pages), 0));
				files = fetched.dataPages();
				kpis = fetched.kpiPages();
				store.saveFiles(id, (kpis.size() + files.size()) + " × JSON", size(kpis) + size(files));
				from = FETCHING;
			}
			List<Path> data = files;
			List<Path> metadata = kpis;
			int start = from;
			Outcome outcome = transaction.execute(tx -> read(work, data, metadata, start, valuesRead));
			store.markDone(id, outcome.values(), outcome.created());
			audit.event(AUDIT_TYPE, id, AuditAction.IMPORT, "indicatorimports.audit.done", outcome.values(),
					work.kind().name(), outcome.created());
		}
		catch (ImportRejectedException ex) {
			log.info("Indicator import {} rejected with {} problem(s)", id, ex.problems().size());
			store.markRejected(id, ex.problems(), valuesRead[0]);
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Indicator import {} could not read or fetch its files: {}", id, ex.getMessage());
			store.markFailed(id, work.kind() == IndicatorImportKind.KOLADA_FETCH ? "indicatorimports.failed.fetch"
					: "indicatorimports.failed.unexpected", String.valueOf(ex.getMessage()));
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			log.error("Indicator import {} failed", id, ex);
			store.markFailed(id, "indicatorimports.failed.unexpected", String.valueOf(ex.getMessage()));
		}
		finally {
			ImportQueue.deleteWorkDir(work.workDir());
		}
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
