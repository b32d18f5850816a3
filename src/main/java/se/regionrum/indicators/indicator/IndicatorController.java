package se.regionrum.indicators.indicator;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.ValueStatus;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.FormSubmission;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/** The indicator pages: the list, one indicator with its charts and tables, CSV exports, and the forms. */
@Controller
class IndicatorController {

	/** Empty goal rows the form offers below the indicator's links. */
	private static final int EMPTY_GOAL_ROWS = 3;

	private final IndicatorService service;

	private final IndicatorReading reading;

	private final IndicatorViews views;

	private final Goals goals;

	IndicatorController(IndicatorService service, IndicatorReading reading, IndicatorViews views, Goals goals) {
		this.service = service;
		this.reading = reading;
		this.views = views;
		this.goals = goals;
	}

	@GetMapping("/indicators")
	String list(@ModelAttribute("filter") IndicatorFilter filter, Model model) {
		model.addAttribute("indicators", reading.list(filter));
		model.addAttribute("sources", IndicatorSource.values());
		model.addAttribute("goals", goals.regionalStrategyGoals());
		model.addAttribute("canChange", service.canChange());
		return "indicators/indicators/list";
	}

	@GetMapping("/indicators/export.csv")
	void exportList(@ModelAttribute("filter") IndicatorFilter filter, HttpServletResponse response) throws IOException {
		List<List<?>> rows = new ArrayList<>();
		for (var s : reading.list(filter)) {
			IndicatorRef i = s.indicator();
			rows.add(Arrays.asList(i.id(), i.code(), i.name(), i.unit(), i.source(), i.sourceId(), i.sourceContents(),
					i.higherIsBetter() ? "ja" : "nej", s.goals(), s.firstYear(), s.lastYear(),
					s.exampleValues() ? "ja" : "nej"));
		}
		csv(response, "nyckeltal.csv", List.of("id", "code", "name", "unit", "source", "source_id", "source_contents",
				"higher_is_better", "goals", "first_year", "last_year", "exempeldata"), rows);
	}

	@GetMapping("/indicators/{id:\\d+}")
	String show(@PathVariable long id, @RequestParam(required = false) Gender gender,
			@RequestParam(required = false) Integer year, @RequestParam(name = "area", required = false) List<String> areas,
			Model model, Locale locale) {
		model.addAttribute("view", views.page(id, gender, year, areas, locale));
		model.addAttribute("canChange", service.canChange());
		return "indicators/indicators/detail";
	}

	/** Every value: area, year, gender, with its status and whether it is an example value. */
	@GetMapping("/indicators/{id:\\d+}/values.csv")
	void exportValues(@PathVariable long id, HttpServletResponse response) throws IOException {
		IndicatorRef indicator = reading.find(id);
		List<List<?>> rows = new ArrayList<>();
		for (IndicatorValue v : reading.allValues(id)) {
			rows.add(Arrays.asList(indicator.code(), v.areaCode(), reading.areaName(v.areaCode()),
					reading.areaKind(v.areaCode()), v.year(), v.gender(), plain(v.value()), indicator.unit(), statusText(v.status()),
					v.example() ? "exempeldata" : ""));
		}
		csv(response, "nyckeltal-" + indicator.code().replaceAll("[^A-Za-z0-9_-]", "_") + ".csv",
				List.of("indicator", "area_code", "area", "area_kind", "year", "gender", "value", "unit", "status",
						"exempeldata"), rows);
	}

	/** 59945 rather than 59945,0; 83,5 stays. */
	private static BigDecimal plain(Double value) {
		return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros();
	}

	private static String statusText(ValueStatus status) {
		return switch (status) {
			case FINAL -> "";
			case MISSING -> "saknas";
			case PROVISIONAL -> "preliminär";
		};
	}

	// forms

	@GetMapping("/indicators/new")
	String newForm(Model model) {
		requireChange();
		IndicatorForm form = new IndicatorForm();
		form.setSource(IndicatorSource.KOLADA);
		model.addAttribute("form", form.withEmptyGoalRows(EMPTY_GOAL_ROWS));
		return form(model, null);
	}

	@PostMapping("/indicators/new")
	String create(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FormSubmission.reject(result, service.problems(null, form));
		return FormSubmission.save(result, () -> form(model, null), () -> {
			Indicator saved = service.create(form);
			return FormSubmission.saved(redirect, "/indicators/" + saved.id());
		});
	}

	@GetMapping("/indicators/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		requireChange();
		Indicator indicator = service.get(id);
		model.addAttribute("form", IndicatorForm.of(indicator, reading.links(id)).withEmptyGoalRows(EMPTY_GOAL_ROWS));
		return form(model, indicator);
	}

	@PostMapping("/indicators/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Indicator indicator = service.get(id);
		FormSubmission.reject(result, service.problems(id, form));
		return FormSubmission.save(result, () -> form(model, indicator), () -> {
			service.update(id, form);
			return FormSubmission.saved(redirect, "/indicators/" + id);
		});
	}

	@PostMapping("/indicators/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		service.delete(id);
		return FormSubmission.deleted(redirect, "/indicators");
	}

	private String form(Model model, Indicator indicator) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("sources", IndicatorSource.values());
		List<GoalRef> options = new ArrayList<>(goals.regionalStrategyGoals());
		IndicatorForm form = (IndicatorForm) model.getAttribute("form");
		if (form != null) {
			// a link to a goal of another strategy stays choosable on edit
			List<Long> others = form.getGoals().stream().map(GoalLinkForm::getGoalId)
				.filter(g -> g != null && options.stream().noneMatch(o -> o.id() == g)).toList();
			options.addAll(goals.findAll(others).values());
		}
		model.addAttribute("goalOptions", options);
		return "indicators/indicators/form";
	}

	private void requireChange() {
		if (!service.canChange()) {
			throw new AccessDeniedException("Only the region's editors change indicators");
		}
	}

	private static void csv(HttpServletResponse response, String filename, List<String> header, List<List<?>> rows)
			throws IOException {
		CsvExport.download(response, filename);
		CsvExport.write(response.getOutputStream(), header, rows);
	}

}
