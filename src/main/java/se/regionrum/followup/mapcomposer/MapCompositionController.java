package se.regionrum.followup.mapcomposer;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.OrganisationDirectory;
import se.regionrum.platform.PdfDocuments;

/** The map composer's pages: list, new, view, edit, full-screen, and the map's data and exports. */
@Controller
@RequestMapping("/maps")
class MapCompositionController {

	private final MapCompositionService compositions;

	private final MapExports exports;

	private final LayerChoices choices;

	private final OrganisationDirectory organisations;

	MapCompositionController(MapCompositionService compositions, MapExports exports, LayerChoices choices,
			OrganisationDirectory organisations) {
		this.compositions = compositions;
		this.exports = exports;
		this.choices = choices;
		this.organisations = organisations;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("maps", compositions.list(q));
		model.addAttribute("q", q);
		model.addAttribute("mayCreate", compositions.mayCreate());
		return "followup/maps/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		compositions.requireMayCreate();
		MapForm form = new MapForm();
		form.setOwnerOrganisationId(compositions.defaultOwner());
		model.addAttribute("form", form);
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") MapForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		compositions.requireMayCreate();
		FormSubmission.reject(result, compositions.problems(form, List.of()));
		return FormSubmission.save(result, () -> form(model, null), () -> {
			MapComposition saved = compositions.create(form, List.of());
			return FormSubmission.saved(redirect, "/maps/" + saved.id() + "/edit");
		});
	}

	private String form(Model model, MapComposition map) {
		model.addAttribute("map", map);
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("papers", PaperSize.values());
		return "followup/maps/form";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Locale locale, Model model) {
		MapComposition map = mapWithLegend(id, locale, model);
		model.addAttribute("owner", exports.ownerName(map));
		model.addAttribute("canEdit", compositions.canEdit(map));
		model.addAttribute("agendaItems", compositions.agendaItems(id));
		return "followup/maps/detail";
	}

	@GetMapping("/{id:\\d+}/edit")
	String edit(@PathVariable long id, @RequestParam(required = false) Long meetingId, Locale locale, Model model) {
		MapComposition map = compositions.requireEditable(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", MapForm.of(map));
		}
		StyledMap styled = exports.styled(id, locale);
		model.addAttribute("styled", styled);
		model.addAttribute("swatches", LegendSwatches.dataUris(styled));
		// the top layer first, as map programs list them
		List<StyledMap.StyledLayer> topFirst = new java.util.ArrayList<>(styled.layers());
		java.util.Collections.reverse(topFirst);
		model.addAttribute("layersTopFirst", topFirst);
		model.addAttribute("agendaItems", compositions.agendaItems(id));
		model.addAttribute("meetings", compositions.meetingChoices());
		model.addAttribute("meetingId", meetingId);
		model.addAttribute("agendaChoices", meetingId == null ? List.of() : compositions.agendaOf(meetingId));
		model.addAttribute("kinds", LayerKind.values());
		model.addAttribute("indicators", choices.indicators());
		model.addAttribute("flowYears", choices.flowYears());
		model.addAttribute("municipalities", choices.municipalities());
		model.addAttribute("statuses", choices.statuses());
		model.addAttribute("goals", choices.goals());
		model.addAttribute("planTypes", choices.planTypes(locale));
		model.addAttribute("runs", choices.runs());
		model.addAttribute("serviceTypes", choices.serviceTypes(locale));
		return form(model, map);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") MapForm form, BindingResult result,
			Locale locale, Model model, RedirectAttributes redirect) {
		FormSubmission.reject(result, compositions.problems(form, null));
		if (result.hasErrors()) {
			return edit(id, null, locale, model);
		}
		return FormSubmission.save(result, () -> edit(id, null, locale, model), () -> {
			compositions.update(id, form, null);
			return FormSubmission.saved(redirect, "/maps/" + id + "/edit");
		});
	}

	@PostMapping("/{id:\\d+}/layers")
	String addLayer(@PathVariable long id, @ModelAttribute LayerForm layer, RedirectAttributes redirect) {
		return change(id, "layers", "mapcomposer.layer.added", redirect,
				() -> compositions.addLayer(id, layer.kind(), layer.options()));
	}

	@PostMapping("/{id:\\d+}/layers/{position:\\d+}/delete")
	String removeLayer(@PathVariable long id, @PathVariable int position, RedirectAttributes redirect) {
		compositions.removeLayer(id, position);
		redirect.addFlashAttribute("message", "mapcomposer.layer.removed");
		return "redirect:/maps/" + id + "/edit#layers";
	}

	@PostMapping("/{id:\\d+}/layers/{position:\\d+}/move")
	String moveLayer(@PathVariable long id, @PathVariable int position, @RequestParam String direction) {
		compositions.moveLayer(id, position, "up".equals(direction));
		return "redirect:/maps/" + id + "/edit#layers";
	}

	@PostMapping("/{id:\\d+}/agenda")
	String attach(@PathVariable long id, @RequestParam(required = false) Long agendaItemId,
			RedirectAttributes redirect) {
		return change(id, "agenda", "mapcomposer.agenda.attached", redirect, () -> {
			if (agendaItemId == null) {
				throw new InvalidInputException("agendaItemId", "mapcomposer.agenda.unknown");
			}
			compositions.attach(id, agendaItemId);
		});
	}

	/** Runs a change of the edit page's lower part and goes back to its section, with a message or the broken rule. */
	private static String change(long id, String section, String message, RedirectAttributes redirect, Runnable change) {
		return FormSubmission.act(redirect, change, message, "/maps/" + id + "/edit#" + section);
	}

	@PostMapping("/{id:\\d+}/agenda/{itemId:\\d+}/delete")
	String detach(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
		compositions.detach(id, itemId);
		redirect.addFlashAttribute("message", "mapcomposer.agenda.detached");
		return "redirect:/maps/" + id + "/edit#agenda";
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		compositions.delete(id);
		return FormSubmission.deleted(redirect, "/maps");
	}

	/** Full screen for a meeting: no site header; without JavaScript the PNG. */
	@GetMapping("/{id:\\d+}/present")
	String present(@PathVariable long id, Locale locale, Model model) {
		mapWithLegend(id, locale, model);
		return "followup/maps/present";
	}

	/** The composition, its styled layers and the legend's symbols, for the pages that show the map. */
	private MapComposition mapWithLegend(long id, Locale locale, Model model) {
		MapComposition map = compositions.get(id);
		StyledMap styled = exports.styled(id, locale);
		model.addAttribute("map", map);
		model.addAttribute("styled", styled);
		model.addAttribute("swatches", LegendSwatches.dataUris(styled));
		return map;
	}

	@GetMapping(path = "/{id:\\d+}/layers.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> layers(@PathVariable long id, Locale locale) {
		return MapJson.map(exports.styled(id, locale));
	}

	@GetMapping("/{id:\\d+}.png")
	ResponseEntity<byte[]> png(@PathVariable long id, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"karta-" + id + ".png\"")
			.body(exports.png(id, locale));
	}

	@GetMapping("/{id:\\d+}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String paper, Locale locale) {
		return PdfDocuments.download(exports.pdf(id, paper, locale), "karta-" + id + ".pdf");
	}

}
