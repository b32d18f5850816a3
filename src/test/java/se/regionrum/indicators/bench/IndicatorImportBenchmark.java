package se.regionrum.indicators.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.RegionrumApplication;
import se.regionrum.indicators.Area;
import se.regionrum.indicators.Areas;
import se.regionrum.indicators.imports.IndicatorImportJob;
import se.regionrum.indicators.imports.IndicatorImportKind;
import se.regionrum.indicators.imports.IndicatorImportRequest;
import se.regionrum.indicators.imports.IndicatorImportService;
import se.regionrum.platform.SystemUser;

/**
 * Imports a generated Kolada v3 file of every municipality × 200 KPIs × 17 years (gender T: 986,000
 * values) with its KPI metadata through the real import (service, background job, streaming reader,
 * duplicate check, batched MERGE in one transaction) and prints the time and the peak heap. Run it
 * with a small heap to show that memory stays flat.
 * <p>
 * Not a unit test. Run on an H2 file database (default) or PostgreSQL:
 *
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/bench.cp) se.regionrum.indicators.bench.IndicatorImportBenchmark
 * java -Xmx256m -cp ... se.regionrum.indicators.bench.IndicatorImportBenchmark --spring.profiles.active=postgres \
 *     --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/NAME --spring.datasource.username=postgres
 * </pre>
 *
 * Optional system properties: {@code -Dbench.kpis=200 -Dbench.years=17}.
 */
public final class IndicatorImportBenchmark {

	private IndicatorImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int kpis = Integer.getInteger("bench.kpis", 200);
		int years = Integer.getInteger("bench.years", 17);
		Path dir = Files.createTempDirectory("indicator-bench-");
		boolean postgres = Arrays.stream(args).anyMatch(a -> a.contains("postgres"));
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--regionrum.demo.mode=never",
				"--regionrum.admin.password=bench-admin-password", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off", "--regionrum.public-base-url=http://localhost"));
		if (!postgres) {
			all.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0");
		}
		all.addAll(Arrays.asList(args));
		ConfigurableApplicationContext context = new SpringApplication(RegionrumApplication.class)
			.run(all.toArray(String[]::new));
		try {
			List<String> municipalities = context.getBean(Areas.class).all().stream().filter(Area::municipality)
				.map(Area::code).toList();
			Path data = dir.resolve("kolada-data.json");
			Path metadata = dir.resolve("kolada-kpi.json");
			long values = write(data, metadata, municipalities, kpis, years);
			System.out.printf(Locale.ROOT, "Database: %s%n", context.getEnvironment().getProperty("spring.datasource.url"));
			System.out.printf(Locale.ROOT, "Generated %,d values (%d municipalities × %d KPIs × %d years), %,d MB%n",
					values, municipalities.size(), kpis, years, Files.size(data) >> 20);

			JdbcClient jdbc = context.getBean(JdbcClient.class);
			jdbc.sql("delete from indicator_value where indicator_id in (select id from indicator where code like 'B%')").update();
			jdbc.sql("delete from indicator where code like 'B%'").update();
			System.gc();
			resetPeaks();
			IndicatorImportService imports = context.getBean(IndicatorImportService.class);
			run(imports, jdbc, data, metadata, "first import (new indicators: inserted)");
			if (Boolean.parseBoolean(System.getProperty("bench.again", "true"))) {
				System.gc();
				resetPeaks();
				run(imports, jdbc, data, null, "same file again (stored values: merged)");
			}
			jdbc.sql("delete from indicator_value where indicator_id in (select id from indicator where code like 'B%')").update();
			jdbc.sql("delete from indicator where code like 'B%'").update();
		}
		finally {
			context.close();
			try (var paths = Files.walk(dir)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	static void run(IndicatorImportService imports, JdbcClient jdbc, Path data, Path metadata, String label)
			throws Exception {
		IndicatorImportRequest request = new IndicatorImportRequest(IndicatorImportKind.KOLADA, List.of(upload(data)),
				metadata == null ? null : upload(metadata), null, null, null, null, null, null);
		long start = System.nanoTime();
		IndicatorImportJob job = SystemUser.call(() -> imports.start(request));
		while (job.active()) {
			Thread.sleep(100);
			long id = job.id();
			job = SystemUser.call(() -> imports.get(id));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long stored = jdbc.sql("select count(*) from indicator_value where indicator_id in (select id from indicator where code like 'B%')")
			.query(Long.class).single();
		System.out.printf(Locale.ROOT, "%s: %s, %,d values read, %,d stored, %d indicators created in %.1f s (%,.0f values/s)%n",
				label, job.status(), job.valuesRead(), stored, job.indicatorsCreated(), seconds, job.valuesRead() / seconds);
		System.out.printf(Locale.ROOT, "  peak heap (sum of the pools' peaks) %d MB, old generation peak %d MB, max heap %d MB%n",
				peakHeap() >> 20, oldGenPeak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
	}

	static long oldGenPeak() {
		return ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP && (p.getName().contains("Old") || p.getName().contains("Tenured")))
			.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}

	static IndicatorImportRequest.Upload upload(Path file) throws IOException {
		return new IndicatorImportRequest.Upload(file.getFileName().toString(), Files.size(file),
				target -> Files.copy(file, target));
	}

	/** Writes the data file (one entry per municipality, KPI and year, gender T) and the KPI metadata. */
	static long write(Path data, Path metadata, List<String> municipalities, int kpis, int years) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(metadata, StandardCharsets.UTF_8)) {
			out.write("{\"count\": " + kpis + ", \"values\": [");
			for (int k = 0; k < kpis; k++) {
				out.write((k == 0 ? "" : ",") + "{\"id\": \"" + kpi(k) + "\", \"title\": \"Benchmarktal " + k
						+ ", antal\", \"description\": \"Genererat\", \"is_divided_by_gender\": false}");
			}
			out.write("], \"next_url\": null}");
		}
		long n = 0;
		java.util.Random random = new java.util.Random(42);
		try (BufferedWriter out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
			out.write("{\"count\": " + ((long) municipalities.size() * kpis * years) + ", \"values\": [\n");
			for (int k = 0; k < kpis; k++) {
				for (String m : municipalities) {
					for (int y = 0; y < years; y++) {
						out.write(n == 0 ? "" : ",\n");
						out.write("{\"kpi\": \"" + kpi(k) + "\", \"municipality\": \"" + m + "\", \"period\": " + (2008 + y)
								+ ", \"values\": [{\"gender\": \"T\", \"count\": 1, \"status\": \"\", \"value\": "
								+ String.format(Locale.ROOT, "%.1f", random.nextDouble() * 100000) + "}]}");
						n++;
					}
				}
			}
			out.write("\n], \"next_url\": null}\n");
		}
		return n;
	}

	static String kpi(int k) {
		return String.format(Locale.ROOT, "B%05d", k);
	}

	static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
