package se.regionrum.dialogue.series;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.OrganisationDirectory;

/** The list of series, the series page and the series forms. */
@Controller
@RequestMapping("/series")
class SeriesController {

	private final SeriesService series;

	private final OrganisationDirectory directory;

	private final SeriesRegistrationPanel registrationPanel;

	SeriesController(SeriesService series, OrganisationDirectory directory, SeriesRegistrationPanel registrationPanel) {
		this.series = series;
		this.directory = directory;
		this.registrationPanel = registrationPanel;
	}

	@ModelAttribute("kinds")
	SeriesKind[] kinds() {
		return SeriesKind.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("allSeries", series.list());
		return "dialogue/series/list";
	}

	/** The series page: the series, its organisers, its meetings and the registration part. */
	@GetMapping("/{id:\\d+}")
	String series(@PathVariable long id, Model model) {
		Series s = series.get(id);
		model.addAttribute("series", s);
		model.mergeAttributes(registrationPanel.attributes(s));
		model.addAttribute("canEdit", series.canEdit(s));
		List<String> organisers = new ArrayList<>();
		for (Long organiser : s.organiserIds()) {
			directory.nameOf(organiser).ifPresent(organisers::add);
		}
		model.addAttribute("organisers", organisers);
		return "dialogue/series/detail";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		SeriesForm form = new SeriesForm();
		form.setKind(SeriesKind.SEMINAR_SERIES);
		model.addAttribute("form", form);
		return form(model);
	}

	private String form(Model model) {
		model.addAttribute("organisations", directory.all());
		return "dialogue/series/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") SeriesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.save(result, () -> form(model), () -> {
			Series saved = series.create(form);
			return FormSubmission.saved(redirect, "/series/" + saved.id());
		});
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		series.requireEditor(id);
		Series s = series.get(id);
		model.addAttribute("series", s);
		model.addAttribute("form", SeriesForm.of(s));
		return form(model);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SeriesForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		series.requireEditor(id);
		model.addAttribute("series", series.get(id));
		return FormSubmission.save(result, () -> form(model), () -> {
			series.update(id, form);
			return FormSubmission.saved(redirect, "/series/" + id);
		});
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		series.delete(id);
		return FormSubmission.deleted(redirect, "/series");
	}

}
