package se.regionrum.strategy.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.CsvImport;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.Permissions;
import se.regionrum.strategy.plan.PlanViews.Matrix;
import se.regionrum.strategy.plan.PlanViews.PlanSummary;
import se.regionrum.strategy.plan.PlanViews.Row;

/**
 * Plans as CSV. The export opens in a Swedish spreadsheet and imports back: a municipality is
 * named by its SCB code and a plan type by its code. An import is all or nothing, and an editor
 * may import plans of their own municipality only.
 */
@Component
class PlanCsv {

	static final List<String> COLUMNS = List.of("scb_code", "municipality", "type", "title", "adopted_on",
			"valid_until", "current", "document_url", "note");

	private final PlanRepository repository;

	private final PlanService service;

	private final PlanTypeService types;

	private final Organisations organisations;

	private final Validator validator;

	private final Permissions permissions;

	private final AuditLog audit;

	PlanCsv(PlanRepository repository, PlanService service, PlanTypeService types, Organisations organisations,
			Validator validator, Permissions permissions, AuditLog audit) {
		this.repository = repository;
		this.service = service;
		this.types = types;
		this.organisations = organisations;
		this.validator = validator;
		this.permissions = permissions;
		this.audit = audit;
	}

	void export(List<PlanSummary> plans, OutputStream out) throws IOException {
		var scbCodes = new HashMap<Long, String>();
		organisations.municipalities().forEach(m -> scbCodes.put(m.id(), m.scbCode()));
		var typeCodes = new HashMap<Long, String>();
		types.all().forEach(t -> typeCodes.put(t.id(), t.code()));
		List<List<?>> rows = new ArrayList<>();
		for (PlanSummary p : plans) {
			rows.add(Arrays.asList(scbCodes.get(p.organisationId()), p.organisationName(), typeCodes.get(p.planTypeId()),
					p.title(), p.adoptedOn(), p.validUntil(), p.current() ? "ja" : "nej", p.documentUrl(), p.note()));
		}
		CsvExport.write(out, COLUMNS, rows);
	}

	void exportMatrix(Matrix matrix, Locale locale, OutputStream out) throws IOException {
		List<String> header = new ArrayList<>(List.of("scb_code", "municipality"));
		matrix.types().forEach(t -> header.add(t.code()));
		List<List<?>> rows = new ArrayList<>();
		for (Row row : matrix.rows()) {
			List<Object> cells = new ArrayList<>(List.of(row.scbCode() == null ? "" : row.scbCode(), row.name()));
			row.cells().forEach(c -> cells.add(c.currency()));
			rows.add(cells);
		}
		CsvExport.write(out, header, rows);
	}

	/** Imports new plans; returns how many were created. */
	@Transactional
	int importFile(byte[] content) {
		permissions.requireSignedIn();
		List<CsvImport.Row> rows = CsvImport.read(content, List.of("scb_code", "type", "title", "adopted_on"));
		List<ImportProblem> problems = new ArrayList<>();
		List<PlanForm> forms = new ArrayList<>();
		for (CsvImport.Row row : rows) {
			PlanForm form = toForm(row, problems);
			if (form == null) {
				continue;
			}
			if (form.getOrganisationId() != null && !permissions.canEdit(form.getOrganisationId())) {
				problems.add(new ImportProblem(row.number(), "scb_code", "strategy.plan.import.notYours", row.get("scb_code")));
			}
			for (ConstraintViolation<PlanForm> violation : validator.validate(form)) {
				problems.add(new ImportProblem(row.number(), column(violation.getPropertyPath().toString()),
						"import.invalidValue", violation.getMessage()));
			}
			for (InvalidInputException rule : service.problems(form, null)) {
				problems.add(new ImportProblem(row.number(), column(rule.field()), rule.messageKey()));
			}
			forms.add(form);
		}
		if (problems.isEmpty() && forms.isEmpty()) {
			problems.add(ImportProblem.ofFile("import.csv.noRows"));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		Instant now = Instant.now();
		for (PlanForm form : forms) {
			Plan saved = repository.save(PlanService.toEntity(null, null, form, now, now));
			audit.created(PlanService.AUDIT_TYPE, saved.id(), saved.auditValues());
		}
		audit.event(PlanService.AUDIT_TYPE, null, AuditAction.IMPORT, forms.size() + " plans from CSV");
		return forms.size();
	}

	private PlanForm toForm(CsvImport.Row row, List<ImportProblem> problems) {
		OrganisationRef municipality = organisations.findByScbCode(row.get("scb_code")).orElse(null);
		if (municipality == null) {
			problems.add(new ImportProblem(row.number(), "scb_code", "strategy.plan.import.unknownMunicipality",
					row.get("scb_code")));
		}
		PlanType type = types.findByCode(row.get("type").toUpperCase(Locale.ROOT)).orElse(null);
		if (type == null) {
			problems.add(new ImportProblem(row.number(), "type", "strategy.plan.import.unknownType", row.get("type")));
		}
		LocalDate adopted = date(row, "adopted_on", problems);
		LocalDate until = date(row, "valid_until", problems);
		if (municipality == null || type == null) {
			return null;
		}
		return new PlanForm(municipality.id(), type.id(), row.get("title"), adopted, until, row.get("document_url"),
				row.get("note"));
	}

	private static LocalDate date(CsvImport.Row row, String column, List<ImportProblem> problems) {
		String value = row.get(column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(new ImportProblem(row.number(), column, "strategy.import.notDate", value));
			return null;
		}
	}

	private static String column(String property) {
		return switch (property) {
			case "organisationId" -> "scb_code";
			case "planTypeId" -> "type";
			case "adoptedOn" -> "adopted_on";
			case "validUntil" -> "valid_until";
			case "documentUrl" -> "document_url";
			default -> property;
		};
	}

}
