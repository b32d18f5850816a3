package se.regionrum.initiatives.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.initiatives.FundingSource;
import se.regionrum.initiatives.InitiativeLevel;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.initiatives.establishment.Establishment;
import se.regionrum.initiatives.establishment.EstablishmentForm;
import se.regionrum.initiatives.establishment.EstablishmentService;
import se.regionrum.initiatives.funding.FundingForm;
import se.regionrum.initiatives.funding.FundingService;
import se.regionrum.initiatives.initiative.Initiative;
import se.regionrum.initiatives.initiative.InitiativeForm;
import se.regionrum.initiatives.initiative.InitiativeQueries;
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.initiatives.initiative.PlaceKind;
import se.regionrum.initiatives.initiative.Theme;
import se.regionrum.initiatives.obstacle.ObstacleForm;
import se.regionrum.initiatives.obstacle.ObstacleKind;
import se.regionrum.initiatives.obstacle.ObstacleRemover;
import se.regionrum.initiatives.obstacle.ObstacleService;
import se.regionrum.initiatives.obstacle.ObstacleStatus;
import se.regionrum.initiatives.practice.PracticeStoryForm;
import se.regionrum.initiatives.practice.PracticeStoryService;
import se.regionrum.platform.CsvImport;
import se.regionrum.platform.DemoData;
import se.regionrum.platform.SystemUser;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/**
 * Loads the demo initiatives, obstacles, funding lines and large establishments of a data set
 * ({@code src/main/resources/demo/<dataset>/initiatives/*.csv}) through the module's services, as
 * the system user, so that they are audited like any change. Organisations are found by SCB code
 * or name and goals by their code in the regional strategy; whatever is missing is skipped with a
 * warning. Runs after the actors and strategy demo data.
 */
@Component
public class InitiativesDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(InitiativesDemoData.class);


	private final String dataset;

	private final InitiativeQueries initiativeQueries;

	private final Organisations organisations;

	private final Goals goals;

	private final InitiativeService initiatives;

	private final ObstacleService obstacles;

	private final FundingService funding;

	private final EstablishmentService establishments;

	private final PracticeStoryService practiceStories;

	InitiativesDemoData(@Value("${regionrum.demo.dataset:dalarna}") String dataset, InitiativeQueries initiativeQueries,
			Organisations organisations,
			Goals goals, InitiativeService initiatives, ObstacleService obstacles, FundingService funding,
			EstablishmentService establishments, PracticeStoryService practiceStories) {
		this.practiceStories = practiceStories;
		this.dataset = dataset;
		this.initiativeQueries = initiativeQueries;
		this.organisations = organisations;
		this.goals = goals;
		this.initiatives = initiatives;
		this.obstacles = obstacles;
		this.funding = funding;
		this.establishments = establishments;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public boolean holdsNoData() {
		return initiativeQueries.countAll() == 0;
	}

	@Override
	public void loadMissing() {
		SystemUser.run(this::load);
	}

	/** Loads what is missing; returns how many initiatives were created. */
	public int load() {
		Map<String, Long> created = loadInitiatives();
		int obstacleCount = loadObstacles(created);
		int fundingCount = loadFunding(created);
		int establishmentCount = loadEstablishments();
		int storyCount = loadPracticeStories(created);
		log.info("Demo data '{}': {} initiatives, {} obstacles, {} funding lines, {} establishments, {} practice stories",
				dataset, created.size(), obstacleCount, fundingCount, establishmentCount, storyCount);
		return created.size();
	}

	private Map<String, Long> loadInitiatives() {
		Map<String, Long> created = new LinkedHashMap<>();
		Optional<List<CsvImport.Row>> rows = read("initiatives.csv", List.of("key", "title", "owner", "level"));
		if (rows.isEmpty()) {
			return created;
		}
		Map<String, Long> goalCodes = new HashMap<>();
		for (GoalRef goal : goals.regionalStrategyGoals()) {
			if (goal.code() != null) {
				goalCodes.putIfAbsent(goal.code(), goal.id());
			}
		}
		if (goalCodes.isEmpty()) {
			log.warn("Demo data: no regional strategy goals; initiatives are loaded without goal links");
		}
		for (CsvImport.Row row : rows.get()) {
			String title = row.get("title");
			if (initiativeQueries.existsWithTitle(title)) {
				continue;
			}
			Optional<OrganisationRef> owner = organisation(row.get("owner"));
			if (owner.isEmpty()) {
				log.warn("Demo data: initiative '{}' skipped, owner '{}' not found", title, row.get("owner"));
				continue;
			}
			InitiativeForm form = InitiativeForm.empty();
			form.setTitle(title);
			form.setDescription(row.get("description"));
			form.setOwnerOrganisationId(owner.get().id());
			form.setLevel(InitiativeLevel.valueOf(row.get("level")));
			List<Long> municipalities = new ArrayList<>();
			for (String code : split(row.get("municipalities"), ",")) {
				organisations.findByScbCode(code).ifPresentOrElse(m -> municipalities.add(m.id()),
						() -> log.warn("Demo data: municipality {} not found for '{}'", code, title));
			}
			form.setMunicipalityIds(municipalities);
			PlaceKind place = PlaceKind.valueOf(row.get("place_kind"));
			if (place == PlaceKind.POINT) {
				form.setLatitude(Double.valueOf(row.get("latitude")));
				form.setLongitude(Double.valueOf(row.get("longitude")));
			}
			else if (place == PlaceKind.AREA) {
				form.setAreaGeojson(polygon(row.get("area")));
			}
			else if (municipalities.isEmpty()) {
				log.warn("Demo data: initiative '{}' skipped, none of its municipalities found", title);
				continue;
			}
			form.setPlaceKind(place);
			form.setThemes(split(row.get("themes"), ",").stream().map(Theme::valueOf).toList());
			form.setGoalIds(split(row.get("goals"), ",").stream().filter(goalCodes::containsKey).map(goalCodes::get)
				.distinct().toList());
			List<Long> partners = new ArrayList<>();
			for (String name : split(row.get("partners"), "|")) {
				organisations.findByName(name).ifPresentOrElse(o -> partners.add(o.id()),
						() -> log.debug("Demo data: partner '{}' not found", name));
			}
			form.setPartnerIds(partners);
			form.setPracticeCase(Boolean.parseBoolean(row.get("practice_case")));
			form.setPilotProject(Boolean.parseBoolean(row.get("pilot_project")));
			form.setPublished(Boolean.parseBoolean(row.get("published")));
			form.setStartYear(integer(row.get("start_year")));
			form.setEndYear(integer(row.get("end_year")));
			if (!row.get("origin_label").isEmpty()) {
				form.setOriginKind("DEMO_DIALOGUE");
				form.setOriginId((long) (Math.abs(row.get("origin_label").hashCode()) % 100000));
				form.setOriginLabel(row.get("origin_label"));
			}
			List<String[]> history = split(row.get("history"), "|").stream().map(step -> step.split(":")).toList();
			form.setStatus(InitiativeStatus.valueOf(history.get(0)[0]));
			try {
				Initiative saved = initiatives.create(form, LocalDate.parse(history.get(0)[1]));
				for (String[] step : history.subList(1, history.size())) {
					initiatives.changeStatus(saved.id(), InitiativeStatus.valueOf(step[0]), LocalDate.parse(step[1]), null);
				}
				created.put(row.get("key"), saved.id());
			}
			catch (RuntimeException ex) {
				log.warn("Demo data: initiative '{}' skipped: {}", title, ex.getMessage());
			}
		}
		return created;
	}

	private int loadObstacles(Map<String, Long> created) {
		int count = 0;
		for (CsvImport.Row row : read("obstacles.csv", List.of("initiative", "title")).orElse(List.of())) {
			Long initiative = created.get(row.get("initiative"));
			if (initiative == null) {
				continue;
			}
			obstacles.create(initiative, new ObstacleForm(ObstacleKind.valueOf(row.get("kind")), row.get("title"), null,
					ObstacleRemover.valueOf(row.get("remover")), ObstacleStatus.valueOf(row.get("status")),
					date(row.get("identified_on")), date(row.get("handling_started_on")), date(row.get("removed_on"))));
			count++;
		}
		return count;
	}

	private int loadFunding(Map<String, Long> created) {
		int count = 0;
		for (CsvImport.Row row : read("funding.csv", List.of("initiative", "source")).orElse(List.of())) {
			Long initiative = created.get(row.get("initiative"));
			if (initiative == null) {
				continue;
			}
			funding.create(initiative, new FundingForm(FundingSource.valueOf(row.get("source")), integer(row.get("year")),
					Long.valueOf(row.get("applied")), Long.valueOf(row.get("granted")), Long.valueOf(row.get("spent")),
					row.get("decision_reference"), null));
			count++;
		}
		return count;
	}

	private int loadEstablishments() {
		int count = 0;
		// as the system user, who sees unpublished establishments too
		Set<String> companies = SystemUser.call(() -> establishments.list())
			.stream()
			.map(Establishment::company)
			.collect(Collectors.toSet());
		for (CsvImport.Row row : read("establishments.csv", List.of("company", "municipality")).orElse(List.of())) {
			String company = row.get("company");
			if (companies.contains(company)) {
				continue;
			}
			Optional<OrganisationRef> municipality = organisations.findByScbCode(row.get("municipality"));
			if (municipality.isEmpty()) {
				log.warn("Demo data: establishment '{}' skipped, municipality {} not found", company, row.get("municipality"));
				continue;
			}
			EstablishmentForm form = EstablishmentForm.empty();
			form.setCompany(company);
			form.setMunicipalityId(municipality.get().id());
			form.setSector(row.get("sector"));
			form.setDescription(row.get("description"));
			form.setLatitude(Double.valueOf(row.get("latitude")));
			form.setLongitude(Double.valueOf(row.get("longitude")));
			form.setDirectJobs(integer(row.get("direct_jobs")));
			form.setPowerDemandMw(Double.valueOf(row.get("power_demand_mw")));
			form.setPermitStartsOn(date(row.get("permit_starts_on")));
			form.setPermitEndsOn(date(row.get("permit_ends_on")));
			form.setConstructionStartsOn(date(row.get("construction_starts_on")));
			form.setConstructionEndsOn(date(row.get("construction_ends_on")));
			form.setOperationStartsOn(date(row.get("operation_starts_on")));
			form.setIndirectJobMultiplier(Double.valueOf(row.get("indirect_job_multiplier")));
			form.setShareMovingIn(Double.valueOf(row.get("share_moving_in")));
			form.setHouseholdSize(Double.valueOf(row.get("household_size")));
			form.setHousingUnitsPerHousehold(Double.valueOf(row.get("housing_units_per_household")));
			form.setSchoolPlacesPerThousand(Double.valueOf(row.get("school_places_per_thousand")));
			form.setHouseholdPowerKw(Double.valueOf(row.get("household_power_kw")));
			form.setRampUpYears(integer(row.get("ramp_up_years")));
			Map<Long, Double> shares = new TreeMap<>();
			boolean complete = true;
			for (String part : split(row.get("settlements"), "|")) {
				String[] codeAndShare = part.split(":");
				Optional<OrganisationRef> m = organisations.findByScbCode(codeAndShare[0]);
				if (m.isPresent()) {
					shares.put(m.get().id(), Double.valueOf(codeAndShare[1]));
				}
				else {
					complete = false;
				}
			}
			form.setShares(complete ? shares : Map.of());
			form.setPublished(Boolean.parseBoolean(row.get("published")));
			companies.add(establishments.create(form).company());
			count++;
		}
		return count;
	}

	/** Practice stories by the initiatives' keys (initiatives/practice-stories.yaml). */
	private int loadPracticeStories(Map<String, Long> created) {
		ClassPathResource resource = new ClassPathResource("demo/" + dataset + "/initiatives/practice-stories.yaml");
		if (!resource.exists()) {
			return 0;
		}
		Map<String, Map<String, String>> stories;
		try (InputStream in = resource.getInputStream()) {
			stories = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource, ex);
		}
		int count = 0;
		for (Map.Entry<String, Map<String, String>> entry : stories.entrySet()) {
			Long initiative = created.get(entry.getKey());
			if (initiative == null) {
				continue;
			}
			Map<String, String> story = entry.getValue();
			practiceStories.save(initiative, new PracticeStoryForm(story.get("challenge"), story.get("actions"),
					story.get("participants"), story.get("obstacles"), story.get("results"), story.get("lessons")));
			count++;
		}
		return count;
	}

	private Optional<OrganisationRef> organisation(String codeOrName) {
		return codeOrName.matches("\\d{4}") ? organisations.findByScbCode(codeOrName)
				: organisations.findByName(codeOrName);
	}

	private Optional<List<CsvImport.Row>> read(String file, List<String> required) {
		ClassPathResource resource = new ClassPathResource("demo/" + dataset + "/initiatives/" + file);
		if (!resource.exists()) {
			log.info("Demo data set '{}' has no initiatives/{}", dataset, file);
			return Optional.empty();
		}
		try (InputStream in = resource.getInputStream()) {
			return Optional.of(CsvImport.read(in.readAllBytes(), required));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource, ex);
		}
	}

	/** Points written as {@code lon lat,lon lat,…} as a closed GeoJSON polygon. */
	static String polygon(String points) {
		List<String> ring = new ArrayList<>();
		for (String point : split(points, ",")) {
			String[] lonLat = point.trim().split("\\s+");
			ring.add("[" + lonLat[0] + "," + lonLat[1] + "]");
		}
		ring.add(ring.get(0));
		return "{\"type\":\"Polygon\",\"coordinates\":[[" + String.join(",", ring) + "]]}";
	}

	private static List<String> split(String value, String separator) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(value.split(java.util.regex.Pattern.quote(separator))).map(String::trim)
			.filter(s -> !s.isEmpty()).toList();
	}

	private static Integer integer(String value) {
		return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
	}

	private static LocalDate date(String value) {
		return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
	}

	static String lower(String value) {
		return value.toLowerCase(Locale.ROOT);
	}

}
