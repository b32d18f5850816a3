package se.regionrum.initiatives.initiative;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.initiatives.InitiativeLevel;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.CsvImport;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.Permissions;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/**
 * Initiatives as CSV. The export names organisations, municipalities (by SCB code) and goals (by
 * their code in the regional strategy) so that a person can read it, and the same columns import
 * back. An import is all or nothing: every row is checked first, and one problem rejects the file.
 */
@Component
class InitiativeCsv {

	static final List<String> COLUMNS = List.of("title", "description", "owner", "level", "status", "place_kind",
			"latitude", "longitude", "municipalities", "partners", "themes", "goals", "practice_case", "pilot_project",
			"published", "start_year", "end_year", "website", "origin_kind", "origin_id", "origin_label");

	static final List<String> EXPORT_COLUMNS;

	static {
		List<String> columns = new ArrayList<>(List.of("id"));
		columns.addAll(COLUMNS);
		columns.addAll(List.of("open_obstacles", "granted_sek", "updated_at"));
		EXPORT_COLUMNS = List.copyOf(columns);
	}

	private final InitiativeService service;

	private final InitiativeRepository repository;

	private final Organisations organisations;

	private final Goals goals;

	private final Validator validator;

	private final Permissions permissions;

	private final AuditLog audit;

	InitiativeCsv(InitiativeService service, InitiativeRepository repository, Organisations organisations,
			Goals goals, Validator validator, Permissions permissions, AuditLog audit) {
		this.service = service;
		this.repository = repository;
		this.organisations = organisations;
		this.goals = goals;
		this.validator = validator;
		this.permissions = permissions;
		this.audit = audit;
	}

	void export(List<InitiativeSummary> summaries, OutputStream out) throws IOException {
		Map<Long, Initiative> byId = new HashMap<>();
		for (int from = 0; from < summaries.size(); from += 1000) {
			repository.findAllById(summaries.subList(from, Math.min(summaries.size(), from + 1000)).stream()
				.map(InitiativeSummary::id).toList()).forEach(i -> byId.put(i.id(), i));
		}
		Set<Long> organisationIds = new LinkedHashSet<>();
		byId.values().forEach(i -> {
			organisationIds.add(i.ownerOrganisationId());
			organisationIds.addAll(i.partnerIds());
		});
		Map<Long, String> names = organisations.names(organisationIds);
		Map<Long, String> scbCodes = organisations.municipalities().stream()
			.filter(m -> m.scbCode() != null).collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::scbCode));
		Set<Long> goalIds = new LinkedHashSet<>();
		byId.values().forEach(i -> goalIds.addAll(i.goalIds()));
		Map<Long, GoalRef> goalRefs = goals.findAll(goalIds);
		List<List<?>> rows = new ArrayList<>();
		for (InitiativeSummary s : summaries) {
			Initiative i = byId.get(s.id());
			if (i == null) {
				continue;
			}
			rows.add(Arrays.asList(i.id(), i.title(), i.description(), names.get(i.ownerOrganisationId()), i.level(),
					i.status(), i.placeKind(), i.placeKind() == PlaceKind.POINT ? i.latitude() : null,
					i.placeKind() == PlaceKind.POINT ? i.longitude() : null,
					i.municipalityIds().stream().map(id -> scbCodes.getOrDefault(id, String.valueOf(id)))
						.collect(Collectors.joining(",")),
					i.partnerIds().stream().map(id -> names.getOrDefault(id, String.valueOf(id))).collect(Collectors.joining("|")),
					i.themeSet().stream().map(Enum::name).collect(Collectors.joining(",")),
					i.goalIds().stream().map(id -> goalRefs.containsKey(id) && goalRefs.get(id).code() != null
							? goalRefs.get(id).code() : "#" + id).collect(Collectors.joining(",")),
					i.practiceCase(), i.pilotProject(), i.published(), i.startYear(), i.endYear(), i.website(),
					i.originKind(), i.originId(), i.originLabel(), s.openObstacles(), s.granted(), i.updatedAt()));
		}
		CsvExport.write(out, EXPORT_COLUMNS, rows);
	}

	/** Imports new initiatives; returns how many were created. */
	@Transactional
	int importFile(byte[] content) {
		permissions.requireSignedIn();
		List<CsvImport.Row> rows = CsvImport.read(content, List.of("title", "owner", "level"));
		List<ImportProblem> problems = new ArrayList<>();
		List<InitiativeForm> forms = new ArrayList<>();
		Map<String, Long> scbCodes = organisations.municipalities().stream().filter(m -> m.scbCode() != null)
			.collect(Collectors.toMap(OrganisationRef::scbCode, OrganisationRef::id));
		Map<String, Long> goalCodes = new HashMap<>();
		goals.regionalStrategyGoals().stream().filter(g -> g.code() != null)
			.forEach(g -> goalCodes.putIfAbsent(g.code(), g.id()));
		for (CsvImport.Row row : rows) {
			InitiativeForm form = toForm(row, problems, scbCodes, goalCodes);
			for (ConstraintViolation<InitiativeForm> violation : validator.validate(form)) {
				String column = column(violation.getPropertyPath().toString());
				if (problems.stream().noneMatch(p -> p.row() == row.number() && column.equals(p.column()))) {
					problems.add(new ImportProblem(row.number(), column, "import.invalidValue", violation.getMessage()));
				}
			}
			if (form.getOwnerOrganisationId() != null && !permissions.canEdit(form.getOwnerOrganisationId())) {
				problems.add(new ImportProblem(row.number(), "owner", "initiatives.import.notYourOrganisation"));
			}
			if (form.getLevel() != null && form.getPlaceKind() != null) {
				for (InvalidInputException rule : service.problems(form, null)) {
					problems.add(new ImportProblem(row.number(), column(rule.field()), rule.messageKey()));
				}
			}
			forms.add(form);
		}
		if (problems.isEmpty() && forms.isEmpty()) {
			problems.add(ImportProblem.ofFile("import.csv.noRows"));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		for (InitiativeForm form : forms) {
			service.create(form);
		}
		audit.event(InitiativeService.AUDIT_TYPE, null, AuditAction.IMPORT, "initiatives.audit.csvImport", forms.size());
		return forms.size();
	}

	private InitiativeForm toForm(CsvImport.Row row, List<ImportProblem> problems, Map<String, Long> scbCodes,
			Map<String, Long> goalCodes) {
		InitiativeForm form = InitiativeForm.empty();
		form.setTitle(row.get("title"));
		form.setDescription(row.get("description"));
		String owner = row.get("owner");
		if (!owner.isEmpty()) {
			Optional<OrganisationRef> ref = owner.matches("\\d{4}") ? organisations.findByScbCode(owner)
					: owner.matches("\\d+") ? organisations.find(Long.parseLong(owner)) : organisations.findByName(owner);
			ref.ifPresentOrElse(o -> form.setOwnerOrganisationId(o.id()),
					() -> problems.add(new ImportProblem(row.number(), "owner", "initiatives.import.unknownOrganisation", owner)));
		}
		form.setLevel(enumValue(InitiativeLevel.class, row, "level", problems, null));
		form.setStatus(enumValue(InitiativeStatus.class, row, "status", problems, InitiativeStatus.IDEA));
		form.setLatitude(row.decimal("latitude", problems));
		form.setLongitude(row.decimal("longitude", problems));
		List<Long> municipalities = new ArrayList<>();
		for (String code : split(row.get("municipalities"), ",")) {
			Long id = scbCodes.get(code);
			if (id == null) {
				problems.add(new ImportProblem(row.number(), "municipalities", "initiatives.import.unknownMunicipality", code));
			}
			else {
				municipalities.add(id);
			}
		}
		form.setMunicipalityIds(municipalities);
		PlaceKind defaultKind = form.getLatitude() != null ? PlaceKind.POINT : PlaceKind.MUNICIPALITIES;
		form.setPlaceKind(enumValue(PlaceKind.class, row, "place_kind", problems, defaultKind));
		List<Long> partners = new ArrayList<>();
		for (String name : split(row.get("partners"), "|")) {
			organisations.findByName(name).ifPresentOrElse(o -> partners.add(o.id()),
					() -> problems.add(new ImportProblem(row.number(), "partners", "initiatives.import.unknownOrganisation", name)));
		}
		form.setPartnerIds(partners);
		List<Theme> themes = new ArrayList<>();
		for (String theme : split(row.get("themes"), ",")) {
			try {
				themes.add(Theme.valueOf(theme.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new ImportProblem(row.number(), "themes", "initiatives.import.unknownValue", theme));
			}
		}
		form.setThemes(themes);
		List<Long> goalIds = new ArrayList<>();
		for (String code : split(row.get("goals"), ",")) {
			Long id = goalCodes.get(code);
			if (id == null) {
				problems.add(new ImportProblem(row.number(), "goals", "initiatives.import.unknownGoal", code));
			}
			else {
				goalIds.add(id);
			}
		}
		form.setGoalIds(goalIds);
		form.setPracticeCase(bool(row, "practice_case", problems));
		form.setPilotProject(bool(row, "pilot_project", problems));
		form.setPublished(bool(row, "published", problems));
		form.setStartYear(row.integer("start_year", problems));
		form.setEndYear(row.integer("end_year", problems));
		form.setWebsite(row.get("website"));
		form.setOriginKind(row.get("origin_kind").isEmpty() ? null : row.get("origin_kind"));
		Integer originId = row.integer("origin_id", problems);
		form.setOriginId(originId == null ? null : originId.longValue());
		form.setOriginLabel(row.get("origin_label"));
		return form;
	}

	private static List<String> split(String value, String separator) {
		if (value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(java.util.regex.Pattern.quote(separator))).map(String::trim)
			.filter(s -> !s.isEmpty()).toList();
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, CsvImport.Row row, String column,
			List<ImportProblem> problems, E fallback) {
		String value = row.get(column);
		if (value.isEmpty()) {
			if (fallback == null) {
				problems.add(new ImportProblem(row.number(), column, "initiatives.import.required"));
			}
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new ImportProblem(row.number(), column, "initiatives.import.unknownValue", value));
			return fallback;
		}
	}

	private static boolean bool(CsvImport.Row row, String column, List<ImportProblem> problems) {
		String value = row.get(column).toLowerCase(Locale.ROOT);
		return switch (value) {
			case "", "false", "nej", "no", "0" -> false;
			case "true", "ja", "yes", "1" -> true;
			default -> {
				problems.add(new ImportProblem(row.number(), column, "initiatives.import.notBoolean", row.get(column)));
				yield false;
			}
		};
	}

	static String column(String property) {
		return switch (property) {
			case "ownerOrganisationId" -> "owner";
			case "placeKind" -> "place_kind";
			case "municipalityIds" -> "municipalities";
			case "partnerIds" -> "partners";
			case "goalIds" -> "goals";
			case "practiceCase" -> "practice_case";
			case "pilotProject" -> "pilot_project";
			case "startYear" -> "start_year";
			case "endYear" -> "end_year";
			case "originKind" -> "origin_kind";
			case "originId" -> "origin_id";
			case "originLabel" -> "origin_label";
			case "areaGeojson" -> "place_kind";
			default -> property;
		};
	}

}
