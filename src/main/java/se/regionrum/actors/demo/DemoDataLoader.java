package se.regionrum.actors.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.WorkingGroups.WorkingGroupRef;
import se.regionrum.actors.boundary.BoundaryImportOptions;
import se.regionrum.actors.boundary.BoundaryImportReport;
import se.regionrum.actors.boundary.BoundaryImportService;
import se.regionrum.actors.boundary.BoundaryQueries;
import se.regionrum.actors.organisation.OrganisationForm;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.actors.person.Person;
import se.regionrum.actors.person.PersonQueries;
import se.regionrum.actors.person.Sector;
import se.regionrum.actors.workinggroup.Member;
import se.regionrum.actors.workinggroup.MemberRole;
import se.regionrum.actors.workinggroup.WorkingGroup;
import se.regionrum.actors.workinggroup.WorkingGroupKind;
import se.regionrum.actors.workinggroup.WorkingGroupQueries;
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
 * as the system user. People, working groups and members are written through the clearly named
 * demo methods of {@link PersonQueries} and {@link WorkingGroupQueries}: the data set's dates lie
 * in the past, and the set is audited as one import instead of one entry per row. Records that
 * exist already are skipped (organisations by name or SCB code,
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

	private final Organisations register;

	private final PersonQueries people;

	private final WorkingGroupQueries groups;

	private final BoundaryQueries boundaryQueries;

	private final Validator validator;

	private final AuditLog audit;

	private final ResourceLoader resources;

	private final TransactionTemplate transaction;

	DemoDataLoader(DemoProperties properties, OrganisationService organisations, BoundaryImportService boundaries,
			Organisations register, PersonQueries people, WorkingGroupQueries groups, BoundaryQueries boundaryQueries,
			Validator validator, AuditLog audit, ResourceLoader resources,
			PlatformTransactionManager transactionManager) {
		this.properties = properties;
		this.organisations = organisations;
		this.boundaries = boundaries;
		this.register = register;
		this.people = people;
		this.groups = groups;
		this.boundaryQueries = boundaryQueries;
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
		return register.register().isEmpty();
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
		for (OrganisationRef organisation : register.register()) {
			names.add(key(organisation.name()));
			if (organisation.scbCode() != null) {
				codes.add(organisation.scbCode());
			}
		}
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
		Set<String> emails = new HashSet<>(people.lowerCaseEmails());
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
			List<Sector> sectors = new ArrayList<>();
			for (String sector : list(row.get("sectors"))) {
				sectors.add(constant(Sector.class, sector, location, "people.csv", row));
			}
			people.insertDemoPerson(new Person(null, null, row.get("first_name"), row.get("last_name"), email,
					blank(row.get("phone")), organisationId, blank(row.get("title")), bool(row, "resource_person"),
					blank(row.get("competence_areas")), consent,
					consent ? date(row, "consent_date", location, "people.csv") : null,
					consent ? blank(row.get("consent_purpose")) : null, null, now, now), sectors);
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
		Set<String> names = groups.allRefs().stream().map(g -> key(g.name()))
			.collect(Collectors.toCollection(HashSet::new));
		Instant now = Instant.now();
		int added = 0;
		for (CsvImport.Row row : rows) {
			if (names.contains(key(row.get("name")))) {
				continue;
			}
			Long owner = organisation(row, "owner", organisationIds, location, "working-groups.csv", true);
			String file = "working-groups.csv";
			groups.insertDemoWorkingGroup(new WorkingGroup(null, null, row.get("name"),
					constant(WorkingGroupKind.class, row.get("kind"), location, file, row), blank(row.get("description")),
					owner, date(row, "started_on", location, file), date(row, "ended_on", location, file), now, now));
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
		Map<String, Long> groupIds = new HashMap<>();
		for (WorkingGroupRef group : groups.allRefs()) {
			groupIds.put(key(group.name()), group.id());
		}
		Map<String, Long> personIds = new HashMap<>();
		people.activeIdsByEmail().forEach((email, id) -> personIds.put(key(email), id));
		Set<List<Long>> existing = new HashSet<>();
		groups.membersByGroup().forEach((group, members) -> {
			for (Member member : members) {
				existing.add(Arrays.asList(group, member.organisationId(), member.personId()));
			}
		});
		int added = 0;
		for (CsvImport.Row row : rows) {
			Long group = groupIds.get(key(row.get("working_group")));
			if (group == null) {
				throw bad(location, file, row, "unknown working group " + row.get("working_group"));
			}
			Long organisation = organisation(row, "organisation", organisationIds, location, file, true);
			Long person = null;
			if (!row.get("person_email").isEmpty()) {
				person = personIds.get(key(row.get("person_email")));
				if (person == null) {
					throw bad(location, file, row, "unknown person " + row.get("person_email"));
				}
			}
			if (!existing.add(Arrays.asList(group, organisation, person))) {
				continue;
			}
			groups.insertMember(group, new Member(organisation, person,
					constant(MemberRole.class, row.get("role"), location, file, row)));
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
		if (boundaryQueries.countMunicipalitiesWithoutBoundary() == 0) {
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
		for (OrganisationRef organisation : register.register()) {
			ids.put(key(organisation.name()), organisation.id());
		}
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

	private static LocalDate date(CsvImport.Row row, String column, String location, String file) {
		String value = row.get(column);
		try {
			return value.isEmpty() ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw bad(location, file, row, column + " is not a date (YYYY-MM-DD): " + value);
		}
	}

	/** The constant of the enum named in the row (any letter case). */
	private static <E extends Enum<E>> E constant(Class<E> type, String value, String location, String file,
			CsvImport.Row row) {
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw bad(location, file, row, "unknown " + type.getSimpleName() + " " + value);
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
