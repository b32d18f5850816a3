package se.regionrum.indicators.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import se.regionrum.indicators.Area;
import se.regionrum.indicators.Areas;
import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.Indicators;
import se.regionrum.indicators.ValueStatus;
import se.regionrum.indicators.indicator.GoalLinkForm;
import se.regionrum.indicators.indicator.Indicator;
import se.regionrum.indicators.indicator.IndicatorForm;
import se.regionrum.indicators.indicator.IndicatorService;
import se.regionrum.indicators.indicator.IndicatorValueQueries;
import se.regionrum.platform.DemoData;
import se.regionrum.platform.SystemUser;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/**
 * Loads the demo indicators of a data set ({@code demo/<dataset>/indicators/indicators.yaml}, through the
 * indicator service as the system user, so that they are audited like any change) and their values
 * ({@code values.csv}, example values marked as such), all in one transaction. Goals are found by their
 * code in the regional strategy; a missing goal is skipped with a warning. Runs after the strategy demo
 * and before the follow-up demo (whose dashboards read indicators), when no indicator exists yet.
 */
@Component
public class IndicatorDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(IndicatorDemoData.class);

	/** The area token of values.csv for the installation's own region. */
	static final String REGION = "region";


	private final String dataset;

	private final Indicators indicators;

	private final IndicatorService service;

	private final IndicatorValueQueries writer;

	private final Goals goals;

	private final Areas areas;

	private final TransactionTemplate transaction;

	IndicatorDemoData(@Value("${regionrum.demo.dataset:dalarna}") String dataset, Indicators indicators,
			IndicatorService service,
			IndicatorValueQueries writer, Goals goals, Areas areas, PlatformTransactionManager transactionManager) {
		this.dataset = dataset;
		this.indicators = indicators;
		this.service = service;
		this.writer = writer;
		this.goals = goals;
		this.areas = areas;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public boolean holdsNoData() {
		return indicators.all().isEmpty();
	}

	@Override
	public void loadMissing() {
		SystemUser.run(this::load);
	}

	/** Loads the indicators that do not exist yet (by code) with their values; returns how many were created. */
	public int load() {
		ClassPathResource definitions = new ClassPathResource("demo/" + dataset + "/indicators/indicators.yaml");
		ClassPathResource values = new ClassPathResource("demo/" + dataset + "/indicators/values.csv");
		if (!definitions.exists()) {
			return 0;
		}
		Integer created = transaction.execute(status -> {
			try {
				return load(definitions, values);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Demo indicators not loaded: " + ex.getMessage(), ex);
			}
		});
		log.info("Demo data '{}': {} indicators", dataset, created);
		return created == null ? 0 : created;
	}

	@SuppressWarnings("unchecked")
	private int load(ClassPathResource definitions, ClassPathResource values) throws IOException {
		Map<String, Object> data;
		try (InputStream in = definitions.getInputStream()) {
			data = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		Map<String, Long> goalCodes = new HashMap<>();
		for (GoalRef goal : goals.regionalStrategyGoals()) {
			if (goal.code() != null) {
				goalCodes.putIfAbsent(goal.code(), goal.id());
			}
		}
		Set<String> codes = indicators.all()
			.stream()
			.map(i -> i.code().toLowerCase(Locale.ROOT))
			.collect(Collectors.toCollection(HashSet::new));
		Map<String, Long> created = new HashMap<>();
		for (Map<String, Object> d : (List<Map<String, Object>>) data.getOrDefault("indicators", List.of())) {
			String code = str(d.get("code"));
			if (codes.contains(code.toLowerCase(Locale.ROOT))) {
				continue;
			}
			List<GoalLinkForm> links = new ArrayList<>();
			for (Object o : list(d.get("goals"))) {
				Map<String, Object> g = (Map<String, Object>) o;
				Long goalId = goalCodes.get(str(g.get("goal")));
				if (goalId == null) {
					log.warn("Demo indicator '{}': goal '{}' not found", code, g.get("goal"));
					continue;
				}
				links.add(new GoalLinkForm(goalId, g.get("targetValue") == null ? null : ((Number) g.get("targetValue")).doubleValue(),
						g.get("targetYear") == null ? null : ((Number) g.get("targetYear")).intValue()));
			}
			Indicator indicator = service.create(new IndicatorForm(code, str(d.get("name")), str(d.get("unit")),
					str(d.get("description")), IndicatorSource.valueOf(str(d.get("source"))), str(d.get("sourceId")),
					str(d.get("sourceContents")), !Boolean.FALSE.equals(d.get("higherIsBetter")), links));
			created.put(code, indicator.id());
			codes.add(indicator.code().toLowerCase(Locale.ROOT));
		}
		if (!created.isEmpty() && values.exists()) {
			writeValues(values, created);
		}
		return created.size();
	}

	/** Writes the values of the indicators just created, in batches; rows of other indicators are left out. */
	private void writeValues(ClassPathResource file, Map<String, Long> created) throws IOException {
		String county = areas.homeCountyCode();
		String regionCode = county == null || county.isEmpty() ? null : Area.regionCode(county);
		List<IndicatorValue> batch = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			String line;
			int row = 1;
			while ((line = reader.readLine()) != null) {
				row++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split(";", -1);
				Long id = created.get(f[0]);
				if (id == null) {
					continue;
				}
				String area = REGION.equals(f[1]) ? regionCode : f[1];
				if (area == null || !areas.known(area)) {
					log.warn("Demo indicator values, row {}: unknown area '{}'", row, f[1]);
					continue;
				}
				Double value = f[4].isEmpty() ? null : Double.valueOf(f[4]);
				ValueStatus status = f[5].isEmpty() ? (value == null ? ValueStatus.MISSING : ValueStatus.FINAL)
						: ValueStatus.valueOf(f[5]);
				batch.add(new IndicatorValue(id, area, Integer.parseInt(f[2]), Gender.ofCode(f[3]), value, status,
						Boolean.parseBoolean(f[6])));
				if (batch.size() == 2000) {
					writer.mergeValues(batch);
					batch.clear();
				}
			}
		}
		writer.mergeValues(batch);
	}

	private static List<Object> list(Object value) {
		@SuppressWarnings("unchecked")
		List<Object> list = value instanceof List<?> l ? (List<Object>) l : List.of();
		return list;
	}

	private static String str(Object value) {
		return value == null ? null : value.toString().strip();
	}

}
