package se.regionrum.actors.organisation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.CsvImport;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.Permissions;

/**
 * Organisations as CSV: the export opens in a Swedish spreadsheet, and the same columns import
 * back. An import is all or nothing: every row is checked first, and one problem rejects the file.
 */
@Component
class OrganisationCsv {

	static final List<String> COLUMNS = List.of("name", "kind", "org_number", "scb_code", "county_code", "population",
			"population_year", "central_town", "latitude", "longitude", "website", "email", "phone");

	private final OrganisationService service;

	private final OrganisationRepository repository;

	private final Validator validator;

	private final Permissions permissions;

	private final AuditLog audit;

	OrganisationCsv(OrganisationService service, OrganisationRepository repository, Validator validator,
			Permissions permissions, AuditLog audit) {
		this.service = service;
		this.repository = repository;
		this.validator = validator;
		this.permissions = permissions;
		this.audit = audit;
	}

	void export(List<OrganisationSummary> summaries, OutputStream out) throws IOException {
		Map<Long, Organisation> byId = new HashMap<>();
		repository.findAllById(summaries.stream().map(OrganisationSummary::id).toList())
			.forEach(o -> byId.put(o.id(), o));
		List<List<?>> rows = new ArrayList<>();
		for (OrganisationSummary summary : summaries) {
			Organisation o = byId.get(summary.id());
			rows.add(Arrays.asList(o.name(), o.kind(), o.orgNumber(), o.scbCode(), o.countyCode(), o.population(),
					o.populationYear(), o.centralTown(), o.townLatitude(), o.townLongitude(), o.website(), o.email(),
					o.phone()));
		}
		CsvExport.write(out, COLUMNS, rows);
	}

	/** Imports new organisations; returns how many were created. */
	@Transactional
	int importFile(byte[] content) {
		permissions.requireAdmin();
		List<CsvImport.Row> rows = CsvImport.read(content, List.of("name", "kind"));
		List<ImportProblem> problems = new ArrayList<>();
		List<OrganisationForm> forms = new ArrayList<>();
		Set<String> namesInFile = new HashSet<>();
		for (CsvImport.Row row : rows) {
			boolean kindUnreadable = !row.get("kind").isEmpty() && parseKind(row.get("kind")) == null;
			OrganisationForm form = toForm(row, problems);
			for (ConstraintViolation<OrganisationForm> violation : validator.validate(form)) {
				if (kindUnreadable && violation.getPropertyPath().toString().equals("kind")) {
					continue;
				}
				problems.add(new ImportProblem(row.number(), column(violation.getPropertyPath().toString()),
						"import.invalidValue", violation.getMessage()));
			}
			for (InvalidInputException rule : service.problems(form, null)) {
				problems.add(new ImportProblem(row.number(), column(rule.field()), rule.messageKey()));
			}
			if (!namesInFile.add(form.getName().trim().toLowerCase(Locale.ROOT))) {
				problems.add(new ImportProblem(row.number(), "name", "import.duplicateInFile"));
			}
			forms.add(form);
		}
		if (problems.isEmpty() && forms.isEmpty()) {
			problems.add(ImportProblem.ofFile("import.csv.noRows"));
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(ImportProblem::row).thenComparingInt(p -> columnOrder(p.column())));
			throw new ImportRejectedException(problems);
		}
		Instant now = Instant.now();
		for (OrganisationForm form : forms) {
			Organisation saved = repository.save(OrganisationService.toEntity(null, null, form, now, now));
			audit.created(OrganisationService.AUDIT_TYPE, saved.id(), saved.auditValues());
		}
		audit.event(OrganisationService.AUDIT_TYPE, null, AuditAction.IMPORT, "audit.detail.organisationCsvImport", forms.size());
		return forms.size();
	}

	/** Kinds as users write them in a spreadsheet: the code, or its Swedish name. */
	static final Map<String, OrganisationKind> KIND_NAMES = Map.ofEntries(Map.entry("region", OrganisationKind.REGION),
			Map.entry("kommun", OrganisationKind.MUNICIPALITY),
			Map.entry("kommunalförbund", OrganisationKind.INTERMUNICIPAL_BODY),
			Map.entry("mellankommunal organisation", OrganisationKind.INTERMUNICIPAL_BODY),
			Map.entry("länsstyrelse", OrganisationKind.COUNTY_ADMINISTRATIVE_BOARD),
			Map.entry("myndighet", OrganisationKind.NATIONAL_AGENCY),
			Map.entry("statlig myndighet", OrganisationKind.NATIONAL_AGENCY),
			Map.entry("universitet", OrganisationKind.UNIVERSITY), Map.entry("högskola", OrganisationKind.UNIVERSITY),
			Map.entry("lärosäte", OrganisationKind.UNIVERSITY), Map.entry("företag", OrganisationKind.COMPANY),
			Map.entry("förening", OrganisationKind.ASSOCIATION),
			Map.entry("ideell organisation", OrganisationKind.ASSOCIATION), Map.entry("annan", OrganisationKind.OTHER),
			Map.entry("övrig", OrganisationKind.OTHER));

	static OrganisationKind parseKind(String text) {
		String key = text.trim().toLowerCase(Locale.ROOT);
		for (OrganisationKind kind : OrganisationKind.values()) {
			if (kind.name().equalsIgnoreCase(key)) {
				return kind;
			}
		}
		return KIND_NAMES.get(key);
	}

	/** Builds the form even when some values are unreadable, so that all of a row's problems are found. */
	private static OrganisationForm toForm(CsvImport.Row row, List<ImportProblem> problems) {
		OrganisationKind kind = parseKind(row.get("kind"));
		if (kind == null && !row.get("kind").isEmpty()) {
			problems.add(new ImportProblem(row.number(), "kind", "import.csv.unknownKind", row.get("kind")));
		}
		Integer population = row.integer("population", problems);
		Integer year = row.integer("population_year", problems);
		Double lat = row.decimal("latitude", problems);
		Double lon = row.decimal("longitude", problems);
		return new OrganisationForm(row.get("name"), kind, row.get("org_number"), row.get("scb_code"),
				row.get("county_code"), population, year, row.get("central_town"), lat, lon, row.get("website"),
				row.get("email"), row.get("phone"), "");
	}

	private static int columnOrder(String column) {
		int index = COLUMNS.indexOf(column);
		return index < 0 ? COLUMNS.size() : index;
	}

	private static String column(String property) {
		return switch (property) {
			case "orgNumber" -> "org_number";
			case "scbCode" -> "scb_code";
			case "countyCode" -> "county_code";
			case "populationYear" -> "population_year";
			case "centralTown" -> "central_town";
			case "townLatitude" -> "latitude";
			case "townLongitude" -> "longitude";
			default -> property;
		};
	}

}
