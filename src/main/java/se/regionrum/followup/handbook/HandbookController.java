package se.regionrum.followup.handbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.dialogue.DialogueLookup;
import se.regionrum.followup.method.WorkingMethod;
import se.regionrum.followup.method.WorkingMethodService;
import se.regionrum.initiatives.PracticeCase;
import se.regionrum.initiatives.PracticeCases;
import se.regionrum.platform.ConflictException;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.OrganisationDirectory;
import se.regionrum.platform.PdfDocuments;
import se.regionrum.platform.Permissions;

/**
 * The pages of method handbooks: the list, the composing page of a draft (chapters in order,
 * foreword, publishing), the draft preview, and the public web version of published editions.
 */
@Controller
@RequestMapping("/handbooks")
class HandbookController {

	private final HandbookService handbooks;

	private final WorkingMethodService methods;

	private final PracticeCases practiceCases;

	private final DialogueLookup dialogue;

	private final OrganisationDirectory organisations;

	private final Permissions permissions;

	private final HandbookPdf handbookPdf;

	HandbookController(HandbookService handbooks, WorkingMethodService methods, PracticeCases practiceCases,
			DialogueLookup dialogue, OrganisationDirectory organisations, Permissions permissions,
			HandbookPdf handbookPdf) {
		this.handbookPdf = handbookPdf;
		this.handbooks = handbooks;
		this.methods = methods;
		this.practiceCases = practiceCases;
		this.dialogue = dialogue;
		this.organisations = organisations;
		this.permissions = permissions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("handbooks", handbooks.list());
		model.addAttribute("owners", handbooks.ownerNames());
		model.addAttribute("mayCreate", mayCreate());
		return "followup/handbooks/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		handbooks.requireMayCreate();
		model.addAttribute("form",
				HandbookForm.empty(permissions.current().map(u -> u.organisationId()).orElse(null)));
		return settings(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") HandbookForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		handbooks.requireMayCreate();
		FormSubmission.reject(result, handbooks.problems(form));
		return FormSubmission.save(result, () -> settings(model, null), () -> {
			Handbook saved = handbooks.create(form);
			return FormSubmission.saved(redirect, "/handbooks/" + saved.id());
		});
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		Handbook handbook = requireEditable(id);
		model.addAttribute("form", HandbookForm.of(handbook));
		model.addAttribute("version", handbook.version());
		return settings(model, handbook);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") HandbookForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		Handbook handbook = requireEditable(id);
		model.addAttribute("version", version);
		FormSubmission.reject(result, handbooks.problems(form));
		return FormSubmission.save(result, () -> settings(model, handbook), () -> {
			handbooks.update(id, form, version);
			return FormSubmission.saved(redirect, "/handbooks/" + id);
		});
	}

	/** The composing page of the draft. */
	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		if (!permissions.isSignedIn()) {
			return "redirect:/handbooks/" + id + "/published";
		}
		Handbook handbook = handbooks.get(id);
		if (!model.containsAttribute("chapterForm")) {
			model.addAttribute("chapterForm", new ChapterForm());
		}
		return compose(model, handbook);
	}

	@PostMapping("/{id:\\d+}/chapters")
	String addChapter(@PathVariable long id, @Valid @ModelAttribute("chapterForm") ChapterForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Handbook handbook = requireEditable(id);
		FormSubmission.reject(result, handbooks.chapterProblems(form, ""));
		return FormSubmission.save(result, () -> compose(model, handbook), () -> {
			handbooks.addChapter(id, form);
			redirect.addFlashAttribute("message", "handbook.chapter.added");
			return "redirect:/handbooks/" + id + "#chapters";
		});
	}

	@GetMapping("/{id:\\d+}/chapters/{index:\\d+}/edit")
	String chapterForm(@PathVariable long id, @PathVariable int index, Model model) {
		Handbook handbook = requireEditable(id);
		if (index >= handbook.chapters().size()) {
			throw new se.regionrum.platform.NotFoundException("Chapter", index);
		}
		model.addAttribute("chapterForm", ChapterForm.of(handbook.chapters().get(index)));
		return chapterPage(model, handbook, index);
	}

	@PostMapping("/{id:\\d+}/chapters/{index:\\d+}/edit")
	String updateChapter(@PathVariable long id, @PathVariable int index,
			@Valid @ModelAttribute("chapterForm") ChapterForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Handbook handbook = requireEditable(id);
		FormSubmission.reject(result, handbooks.chapterProblems(form, ""));
		return FormSubmission.save(result, () -> chapterPage(model, handbook, index), () -> {
			handbooks.updateChapter(id, index, form);
			return FormSubmission.saved(redirect, "/handbooks/" + id + "#chapters");
		});
	}

	@PostMapping("/{id:\\d+}/chapters/{index:\\d+}/move")
	String moveChapter(@PathVariable long id, @PathVariable int index, @RequestParam String direction,
			RedirectAttributes redirect) {
		handbooks.moveChapter(id, index, "up".equals(direction) ? -1 : 1);
		redirect.addFlashAttribute("message", "handbook.chapter.moved");
		return "redirect:/handbooks/" + id + "#chapters";
	}

	@PostMapping("/{id:\\d+}/chapters/{index:\\d+}/delete")
	String removeChapter(@PathVariable long id, @PathVariable int index, RedirectAttributes redirect) {
		handbooks.removeChapter(id, index);
		redirect.addFlashAttribute("message", "handbook.chapter.removed");
		return "redirect:/handbooks/" + id + "#chapters";
	}

	@PostMapping("/{id:\\d+}/publish")
	String publish(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			HandbookEdition edition = handbooks.publish(id);
			redirect.addFlashAttribute("message", "handbook.publish.done");
			return "redirect:/handbooks/" + id + "/editions/" + edition.editionNumber();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("publishError", ex.messageKey());
			return "redirect:/handbooks/" + id + "#publish";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			return "redirect:/handbooks/" + id + "#publish";
		}
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		handbooks.delete(id);
		return FormSubmission.deleted(redirect, "/handbooks");
	}

	/** The draft as it would read if published now. */
	@GetMapping("/{id:\\d+}/preview")
	String preview(@PathVariable long id, Model model) {
		Handbook handbook = handbooks.get(id);
		model.addAttribute("handbookId", id);
		model.addAttribute("book", handbooks.preview(id));
		model.addAttribute("draft", true);
		model.addAttribute("editions", handbooks.editions(handbook.id()));
		return "followup/handbooks/edition";
	}

	/** The public web version: the latest published edition. */
	@GetMapping("/{id:\\d+}/published")
	String latest(@PathVariable long id, Model model) {
		return edition(model, handbooks.latestEdition(id));
	}

	@GetMapping("/{id:\\d+}/editions/{number:\\d+}")
	String edition(@PathVariable long id, @PathVariable int number, Model model) {
		return edition(model, handbooks.edition(id, number));
	}

	/** The edition as a PDF, with contents and index page numbers and running headers. */
	@GetMapping("/{id:\\d+}/editions/{number:\\d+}/handbook.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int number) {
		HandbookEdition edition = handbooks.edition(id, number);
		return PdfDocuments.download(handbookPdf.render(edition),
				"metodhandbok-" + id + "-utgava-" + edition.editionNumber() + ".pdf");
	}

	private String edition(Model model, HandbookEdition edition) {
		model.addAttribute("handbookId", edition.handbookId());
		model.addAttribute("edition", edition);
		model.addAttribute("book", handbooks.content(edition));
		model.addAttribute("draft", false);
		model.addAttribute("editions", handbooks.editions(edition.handbookId()));
		return "followup/handbooks/edition";
	}

	private Handbook requireEditable(long id) {
		Handbook handbook = handbooks.get(id);
		permissions.requireEditorOf(handbook.ownerOrganisationId());
		return handbook;
	}

	private String settings(Model model, Handbook handbook) {
		model.addAttribute("handbook", handbook);
		model.addAttribute("organisations", organisations.all());
		return "followup/handbooks/form";
	}

	private String compose(Model model, Handbook handbook) {
		model.addAttribute("handbook", handbook);
		model.addAttribute("canEdit", handbooks.canEdit(handbook));
		model.addAttribute("owner", organisations.nameOf(handbook.ownerOrganisationId()).orElse(""));
		model.addAttribute("editions", handbooks.editions(handbook.id()));
		model.addAttribute("changed", handbooks.changedSincePublished(handbook));
		addOptions(model);
		model.addAttribute("chapterLabels", chapterLabels(handbook, model));
		return "followup/handbooks/compose";
	}

	private String chapterPage(Model model, Handbook handbook, int index) {
		model.addAttribute("handbook", handbook);
		model.addAttribute("index", index);
		addOptions(model);
		return "followup/handbooks/chapter";
	}

	private void addOptions(Model model) {
		model.addAttribute("kinds", ChapterKind.values());
		model.addAttribute("methodOptions", methods.list());
		model.addAttribute("practiceCaseOptions", practiceCases.all());
		model.addAttribute("surveyOptions", dialogue.surveys());
		model.addAttribute("programmeOptions", handbooks.programmeChoices());
	}

	@SuppressWarnings("unchecked")
	private List<String> chapterLabels(Handbook handbook, Model model) {
		Map<Long, String> methodTitles = ((List<WorkingMethod>) model.getAttribute("methodOptions")).stream()
			.collect(Collectors.toMap(WorkingMethod::id, WorkingMethod::title));
		Map<Long, String> caseTitles = ((List<PracticeCase>) model.getAttribute("practiceCaseOptions")).stream()
			.collect(Collectors.toMap(PracticeCase::initiativeId, PracticeCase::title));
		Map<Long, String> surveyTitles = ((List<DialogueLookup.SurveyRef>) model.getAttribute("surveyOptions")).stream()
			.collect(Collectors.toMap(DialogueLookup.SurveyRef::id, DialogueLookup.SurveyRef::title));
		Map<Long, String> programmeNames = handbooks.programmeChoices().stream()
			.collect(Collectors.toMap(HandbookService.ProgrammeChoice::id, HandbookService.ProgrammeChoice::name));
		List<String> labels = new ArrayList<>();
		for (HandbookChapter c : handbook.chapters()) {
			String source = switch (c.kind()) {
				case METHOD -> methodTitles.getOrDefault(c.methodId(), "?");
				case PRACTICE_CASE -> caseTitles.getOrDefault(c.initiativeId(), "?");
				case SURVEY_RESULTS -> surveyTitles.getOrDefault(c.surveyId(), "?");
				case PROGRAMME_LESSONS -> programmeNames.getOrDefault(c.programmeId(), "?");
				case TEXT -> c.title();
			};
			labels.add(c.title() != null ? c.title() : source);
		}
		return labels;
	}

	private boolean mayCreate() {
		try {
			handbooks.requireMayCreate();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
