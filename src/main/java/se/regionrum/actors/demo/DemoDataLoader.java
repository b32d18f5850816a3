package se.regionrum.actors.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.actors.boundary.BoundaryImportOptions;
import se.regionrum.actors.boundary.BoundaryImportReport;
import se.regionrum.actors.boundary.BoundaryImportService;
import se.regionrum.actors.organisation.OrganisationForm;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CsvImport;
import se.regionrum.platform.DemoData;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.SystemUser;

/**
 * Loads a region's demo data set at start-up, after the first administrator exists. The data
 * set is a folder of files (see {@code demo/dalarna/}); nothing about any region is in this code:
 * <ul>
 * <li>{@code organisations.csv}: created through {@link OrganisationService#create}, so validated
 * and audited as if an administrator had typed them;</li>
 * <li>{@code people.csv}, {@code working-groups.csv}, {@code working-group-members.csv};</li>
 * <li>{@code boundaries.properties}: a GeoJSON file of municipal boundaries and its properties,
 * imported through the ordinary boundary import.</li>
 * </ul>
 * Files are semicolon CSV in UTF-8 with a header line. Everything is added in one transaction,
 * as the system user. Records that exist already are skipped (organisations by name or SCB code,
 * people by e-mail, working groups by name, members by group, organisation and person, boundaries
 * by municipality), so loading again adds only what is missing.
 */
@Component
public class DemoDataLoader implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	/** What one load added. */
	public record Result(int organisations, int people, int workingGroups, int members, BoundaryImportReport boundaries) {

		@Override
		public String toString() {
			return organisations + " organisations, " + people + " people, " + workingGroups + " working groups, "
					+ members + " members"
					+ (boundaries == null ? ", no municipal boundaries (none missing)"
							: ", " + boundaries.imported() + " municipal boundaries (" + boundaries.skipped()
									+ " features of other municipalities skipped)");
		}

	}

	private final DemoProperties properties;

	private final OrganisationService organisations;

	private final BoundaryImportService boundaries;

	private final JdbcClient jdbc;

	private final Validator validator;

	private final AuditLog audit;

	private final ResourceLoader resources;

	private final TransactionTemplate transaction;

	DemoDataLoader(DemoProperties properties, OrganisationService organisations, BoundaryImportService boundaries,
			JdbcClient jdbc, Validator validator, AuditLog audit, ResourceLoader resources,
			PlatformTransactionManager transactionManager) {
		this.properties = properties;
		this.organisations = organisations;
		this.boundaries = boundaries;
		this.jdbc = jdbc;
		this.validator = validator;
		this.audit = audit;
		this.resources = resources;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public boolean holdsNoData() {
		return jdbc.sql("select count(*) from organisation").query(Long.class).single() == 0;
	}

	@Override
	public void loadMissing() {
		load();
	}

	/**
	 * Adds whatever of the configured data set is missing, whatever the mode; tests use it to
	 * make sure the demo data is there.
	 */
	public Result load() {
		String location = properties.location();
		Result result = SystemUser.call(() -> transaction.execute(status -> loadAll(location)));
		log.info("Demo data set '{}' ({}): added {}", properties.dataset(), location, result);
		return result;
	}

	private Result loadAll(String location) {
		Resource organisationFile = resources.getResource(location + "organisations.csv");
		if (!organisationFile.exists()) {
			throw new IllegalStateException("No demo data set at " + location
					+ " (organisations.csv is missing); check regionrum.demo.dataset");
		}
		int addedOrganisations = loadOrganisations(read(organisationFile, List.of("name", "kind")), location);
		Map<String, Long> organisationIds = organisationIds();
		int addedPeople = loadPeople(location, organisationIds);
		int addedGroups = loadWorkingGroups(location, organisationIds);
		int addedMembers = loadMembers(location, organisationIds);
		BoundaryImportReport boundaryReport = loadBoundaries(location);
		Result result = new Result(addedOrganisations, addedPeople, addedGroups, addedMembers, boundaryReport);
		audit.event("demo", null, AuditAction.IMPORT, "audit.detail.demoData", properties.dataset(), result.organisations(),
				result.people(), result.workingGroups(), result.members());
		return result;
	}

	private int loadOrganisations(List<CsvImport.Row> rows, String location) {
		Set<String> names = new HashSet<>();
		Set<String> codes = new HashSet<>();
		jdbc.sql("select name, scb_code from organisation").query(rs -> {
			names.add(key(rs.getString(1)));
			if (rs.getString(2) != null) {
				codes.add(rs.getString(2));
			}
		});
		int added = 0;
		for (CsvImport.Row row : rows) {
			String scbCode = row.get("scb_code");
			if (names.contains(key(row.get("name"))) || (!scbCode.isEmpty() && codes.contains(scbCode))) {
				continue;
			}
			OrganisationForm form = new OrganisationForm(row.get("name"), kind(row, location), row.get("org_number"),
					scbCode, row.get("county_code"), integer(row, "population", location),
					integer(row, "population_year", location), row.get("central_town"),
					decimal(row, "latitude", location), decimal(row, "longitude", location), row.get("website"),
					row.get("email"), row.get("phone"), row.get("description"));
			for (ConstraintViolation<OrganisationForm> violation : validator.validate(form)) {
				throw bad(location, "organisations.csv", row, violation.getPropertyPath() + ": " + violation.getMessage());
			}
			try {
				organisations.create(form);
			}
			catch (InvalidInputException ex) {
				throw bad(location, "organisations.csv", row, ex.field() + ": " + ex.messageKey());
			}
			names.add(key(form.getName()));
			if (!scbCode.isEmpty()) {
				codes.add(scbCode);
			}
			added++;
		}
		return added;
	}

	private int loadPeople(String location, Map<String, Long> organisationIds) {
		List<CsvImport.Row> rows = readIfPresent(location, "people.csv", List.of("first_name", "last_name", "email"));
		Set<String> emails = new HashSet<>(
				jdbc.sql("select lower(email) from person where email is not null").query(String.class).list());
		Instant now = Instant.now();
		int added = 0;
		for (CsvImport.Row row : rows) {
			String email = row.get("email");
			if (email.isEmpty()) {
				throw bad(location, "people.csv", row, "email is required (people are matched by e-mail)");
			}
			if (emails.contains(key(email))) {
				continue;
			}
			Long organisationId = organisation(row, "organisation", organisationIds, location, "people.csv", false);
			boolean consent = bool(row, "consent_given");
			KeyHolder key = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into person (first_name, last_name, email, phone, organisation_id, title, resource_person,
					                    competence_areas, consent_given, consent_date, consent_purpose, created_at, updated_at)
					values (:firstName, :lastName, :email, :phone, :organisationId, :title, :resourcePerson,
					        :competenceAreas, :consentGiven, :consentDate, :consentPurpose, :now, :now)""")
				.param("firstName", row.get("first_name"))
				.param("lastName", row.get("last_name"))
				.param("email", email)
				.param("phone", blank(row.get("phone")))
				.param("organisationId", organisationId)
				.param("title", blank(row.get("title")))
				.param("resourcePerson", bool(row, "resource_person"))
				.param("competenceAreas", blank(row.get("competence_areas")))
				.param("consentGiven", consent)
				.param("consentDate", consent ? date(row, "consent_date", location, "people.csv") : null)
				.param("consentPurpose", consent ? blank(row.get("consent_purpose")) : null)
				.param("now", Timestamp.from(now))
				.update(key, "id");
			long personId = Objects.requireNonNull(key.getKey()).longValue();
			for (String sector : list(row.get("sectors"))) {
				jdbc.sql("insert into person_sector (person_id, sector) values (?, ?)")
					.params(personId, sector.toUpperCase(Locale.ROOT))
					.update();
			}
			emails.add(key(email));
			added++;
		}
		if (added > 0) {
			audit.event("person", null, AuditAction.IMPORT, "audit.detail.demoPeople", added, properties.dataset());
		}
		return added;
	}

	private int loadWorkingGroups(String location, Map<String, Long> organisationIds) {
		List<CsvImport.Row> rows = readIfPresent(location, "working-groups.csv", List.of("name", "kind", "owner"));
		Set<String> names = new HashSet<>(
				jdbc.sql("select lower(name) from working_group").query(String.class).list());
		Instant now = Instant.now();
		int added = 0;
		for (CsvImport.Row row : rows) {
			if (names.contains(key(row.get("name")))) {
				continue;
			}
			Long owner = organisation(row, "owner", organisationIds, location, "working-groups.csv", true);
			jdbc.sql("""
					insert into working_group (name, kind, description, owner_organisation_id, started_on, ended_on,
					                           created_at, updated_at)
					values (:name, :kind, :description, :owner, :startedOn, :endedOn, :now, :now)""")
				.param("name", row.get("name"))
				.param("kind", row.get("kind").toUpperCase(Locale.ROOT))
				.param("description", blank(row.get("description")))
				.param("owner", owner)
				.param("startedOn", date(row, "started_on", location, "working-groups.csv"))
				.param("endedOn", date(row, "ended_on", location, "working-groups.csv"))
				.param("now", Timestamp.from(now))
				.update();
			names.add(key(row.get("name")));
			added++;
		}
		if (added > 0) {
			audit.event("working_group", null, AuditAction.IMPORT, "audit.detail.demoWorkingGroups", added,
					properties.dataset());
		}
		return added;
	}

	private int loadMembers(String location, Map<String, Long> organisationIds) {
		String file = "working-group-members.csv";
		List<CsvImport.Row> rows = readIfPresent(location, file, List.of("working_group", "organisation", "role"));
		Map<String, Long> groups = new HashMap<>();
		jdbc.sql("select id, name from working_group").query(rs -> {
			groups.put(key(rs.getString(2)), rs.getLong(1));
		});
		Map<String, Long> people = new HashMap<>();
		jdbc.sql("select id, email from person where email is not null and erased_at is null").query(rs -> {
			people.put(key(rs.getString(2)), rs.getLong(1));
		});
		Set<List<Long>> existing = new HashSet<>();
		jdbc.sql("select working_group_id, organisation_id, person_id from working_group_member").query(rs -> {
			existing.add(Arrays.asList(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class)));
		});
		int added = 0;
		for (CsvImport.Row row : rows) {
			Long group = groups.get(key(row.get("working_group")));
			if (group == null) {
				throw bad(location, file, row, "unknown working group " + row.get("working_group"));
			}
			Long organisation = organisation(row, "organisation", organisationIds, location, file, true);
			Long person = null;
			if (!row.get("person_email").isEmpty()) {
				person = people.get(key(row.get("person_email")));
				if (person == null) {
					throw bad(location, file, row, "unknown person " + row.get("person_email"));
				}
			}
			if (!existing.add(Arrays.asList(group, organisation, person))) {
				continue;
			}
			jdbc.sql("""
					insert into working_group_member (working_group_id, organisation_id, person_id, role)
					values (?, ?, ?, ?)""")
				.params(group, organisation, person, row.get("role").toUpperCase(Locale.ROOT))
				.update();
			added++;
		}
		return added;
	}

	/** Imports the boundaries named in boundaries.properties, keeping boundaries that exist. */
	private BoundaryImportReport loadBoundaries(String location) {
		Resource settings = resources.getResource(location + "boundaries.properties");
		if (!settings.exists()) {
			return null;
		}
		long missing = jdbc.sql("""
				select count(*) from organisation o
				where o.kind = 'MUNICIPALITY' and not exists (select 1 from municipal_boundary b where b.organisation_id = o.id)""")
			.query(Long.class)
			.single();
		if (missing == 0) {
			return null;
		}
		Properties boundaryProperties = new Properties();
		try (InputStream in = settings.getInputStream()) {
			boundaryProperties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String file = boundaryProperties.getProperty("location");
		if (file == null || file.isBlank()) {
			throw new IllegalStateException(location + "boundaries.properties: location is missing");
		}
		Resource geoJson = resources.getResource(file.contains(":") ? file.trim() : location + file.trim());
		BoundaryImportOptions options = new BoundaryImportOptions(boundaryProperties.getProperty("code-property"),
				boundaryProperties.getProperty("name-property"), boundaryProperties.getProperty("source"), false);
		try {
			return boundaries.importGeoJson(bytes(geoJson), options);
		}
		catch (ImportRejectedException ex) {
			throw new IllegalStateException(file + ": " + describe(ex.problems()), ex);
		}
	}

	private Map<String, Long> organisationIds() {
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("select id, name from organisation").query(rs -> {
			ids.put(key(rs.getString(2)), rs.getLong(1));
		});
		return ids;
	}

	private Long organisation(CsvImport.Row row, String column, Map<String, Long> ids, String location, String file,
			boolean required) {
		String name = row.get(column);
		if (name.isEmpty() && !required) {
			return null;
		}
		Long id = ids.get(key(name));
		if (id == null) {
			throw bad(location, file, row, "unknown organisation '" + name + "' in column " + column);
		}
		return id;
	}

	private List<CsvImport.Row> readIfPresent(String location, String file, List<String> required) {
		Resource resource = resources.getResource(location + file);
		return resource.exists() ? read(resource, required) : List.of();
	}

	private static List<CsvImport.Row> read(Resource resource, List<String> required) {
		try {
			return CsvImport.read(bytes(resource), required);
		}
		catch (ImportRejectedException ex) {
			throw new IllegalStateException(resource.getDescription() + ": " + describe(ex.problems()), ex);
		}
	}

	private static byte[] bytes(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource.getDescription(), ex);
		}
	}

	private static String describe(List<ImportProblem> problems) {
		return problems.stream()
			.map(p -> "row " + p.row() + (p.column() == null ? "" : " " + p.column()) + ": " + p.messageKey()
					+ " " + Arrays.toString(p.arguments()))
			.collect(Collectors.joining("; "));
	}

	private static OrganisationKind kind(CsvImport.Row row, String location) {
		try {
			return OrganisationKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw bad(location, "organisations.csv", row, "unknown kind " + row.get("kind"));
		}
	}

	private static Integer integer(CsvImport.Row row, String column, String location) {
		String value = row.get(column).replace(" ", "");
		try {
			return value.isEmpty() ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw bad(location, "organisations.csv", row, column + " is not a whole number: " + value);
		}
	}

	private static Double decimal(CsvImport.Row row, String column, String location) {
		String value = row.get(column).replace(',', '.');
		try {
			return value.isEmpty() ? null : Double.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw bad(location, "organisations.csv", row, column + " is not a number: " + value);
		}
	}

	private static Date date(CsvImport.Row row, String column, String location, String file) {
		String value = row.get(column);
		try {
			return value.isEmpty() ? null : Date.valueOf(LocalDate.parse(value));
		}
		catch (DateTimeParseException ex) {
			throw bad(location, file, row, column + " is not a date (YYYY-MM-DD): " + value);
		}
	}

	private static boolean bool(CsvImport.Row row, String column) {
		return List.of("true", "yes", "ja", "1").contains(row.get(column).toLowerCase(Locale.ROOT));
	}

	private static List<String> list(String value) {
		List<String> items = new ArrayList<>();
		for (String item : value.split(",")) {
			if (!item.isBlank()) {
				items.add(item.trim());
			}
		}
		return items;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String key(String name) {
		return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
	}

	private static IllegalStateException bad(String location, String file, CsvImport.Row row, String problem) {
		return new IllegalStateException(location + file + " row " + row.number() + ": " + problem);
	}

}
