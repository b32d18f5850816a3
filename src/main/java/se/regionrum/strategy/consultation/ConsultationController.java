package se.regionrum.strategy.consultation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.OrganisationDirectory;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Permissions;
import se.regionrum.strategy.consultation.ConsultationViews.ConsultationSummary;
import se.regionrum.strategy.consultation.ConsultationViews.DraftGoal;
import se.regionrum.strategy.consultation.ConsultationViews.Invitee;
import se.regionrum.strategy.consultation.ConsultationViews.ResponseView;
import se.regionrum.strategy.consultation.ConsultationViews.StanceView;
import se.regionrum.strategy.strategy.Strategy;

/** Pages of consultations: list, overview with invitations and mailbox, responses, consensus and changes. */
@Controller
@RequestMapping("/consultations")
class ConsultationController {

	static final int PAGE_SIZE = 25;

	private final ConsultationService consultations;

	private final Organisations organisations;

	private final OrganisationDirectory directory;

	private final Permissions permissions;

	ConsultationController(ConsultationService consultations, Organisations organisations,
			OrganisationDirectory directory, Permissions permissions) {
		this.consultations = consultations;
		this.organisations = organisations;
		this.directory = directory;
		this.permissions = permissions;
	}

	@ModelAttribute("phases")
	ConsultationPhase[] phases() {
		return ConsultationPhase.values();
	}

	@ModelAttribute("stanceValues")
	Stance[] stanceValues() {
		return Stance.values();
	}

	@GetMapping
	String list(@ModelAttribute("filter") ConsultationFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("result", consultations.list(filter, page, PAGE_SIZE));
		model.addAttribute("canCreate", permissions.isSignedIn() && !consultations.strategyChoices().isEmpty());
		return "strategy/consultations/list";
	}

	@GetMapping("/export.csv")
	void export(@ModelAttribute ConsultationFilter filter, HttpServletResponse response) throws IOException {
		PageResult<ConsultationSummary> result = consultations.list(filter, 0, 0);
		List<List<?>> rows = new ArrayList<>();
		for (ConsultationSummary c : result.items()) {
			rows.add(Arrays.asList(c.id(), c.title(), c.strategyName(), c.opensOn(), c.closesOn(), c.phase(), c.invited(),
					c.responses(), c.comments()));
		}
		csv(response, "remisser.csv", List.of("id", "title", "strategy", "opens_on", "closes_on", "phase", "invited",
				"responses", "comments"), rows);
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		Consultation consultation = consultations.getVisible(id);
		detailModel(consultation, model);
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", CommentForm.empty());
		}
		return "strategy/consultations/detail";
	}

	private void detailModel(Consultation consultation, Model model) {
		Strategy strategy = consultations.strategyOf(consultation);
		boolean canEdit = consultations.canEdit(consultation);
		List<Invitee> invitees = consultations.invitees(consultation.id());
		model.addAttribute("consultation", consultation);
		model.addAttribute("strategy", strategy);
		model.addAttribute("phase", consultations.phase(consultation));
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("invitees", invitees);
		model.addAttribute("respondable", consultations.respondableOrganisations(consultation));
		List<DraftGoal> draft = consultations.draft(consultation.id());
		model.addAttribute("draft", draft);
		model.addAttribute("goalLabels", draft.stream().collect(Collectors.toMap(DraftGoal::goalId, DraftGoal::label)));
		model.addAttribute("commentCount", consultations.commentCount(consultation.id()));
		model.addAttribute("comments", consultations.canReadComments() ? consultations.comments(consultation.id()) : List.of());
		model.addAttribute("canReadComments", consultations.canReadComments());
		if (canEdit) {
			var invited = invitees.stream().map(Invitee::organisationId).collect(Collectors.toSet());
			model.addAttribute("inviteChoices", directory.all().stream().filter(o -> !invited.contains(o.id())).toList());
		}
	}

	@PostMapping("/{id:\\d+}/comments")
	String comment(@PathVariable long id, @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Consultation consultation = consultations.getVisible(id);
		if (!result.hasErrors()) {
			try {
				consultations.comment(id, form);
				redirect.addFlashAttribute("message", "strategy.comment.thanks");
				return "redirect:/consultations/" + id + "#mailbox";
			}
			catch (InvalidInputException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		detailModel(consultation, model);
		return "strategy/consultations/detail";
	}

	@PostMapping("/{id:\\d+}/comments/{commentId:\\d+}/delete")
	String deleteComment(@PathVariable long id, @PathVariable long commentId, RedirectAttributes redirect) {
		consultations.deleteComment(id, commentId);
		return FormSubmission.deleted(redirect, "/consultations/" + id + "#mailbox");
	}

	@GetMapping("/{id:\\d+}/comments.csv")
	void exportComments(@PathVariable long id, HttpServletResponse response) throws IOException {
		consultations.getVisible(id);
		Map<Long, String> goalLabels = consultations.draft(id).stream()
			.collect(Collectors.toMap(DraftGoal::goalId, DraftGoal::label));
		List<List<?>> rows = new ArrayList<>();
		for (ConsultationComment c : consultations.comments(id)) {
			rows.add(Arrays.asList(c.id(), c.submittedAt(), c.goalId() == null ? "" : goalLabels.getOrDefault(c.goalId(), ""),
					c.body(), c.authorName(), c.authorOrganisation(), c.authorEmail()));
		}
		csv(response, "remiss-" + id + "-brevlada.csv",
				List.of("id", "submitted_at", "goal", "comment", "name", "organisation", "email"), rows);
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long strategyId, Model model) {
		if (consultations.strategyChoices().isEmpty()) {
			throw new AccessDeniedException("No strategy to open a consultation on");
		}
		model.addAttribute("form", new ConsultationForm(strategyId, "", "", consultations.today(),
				consultations.today().plusMonths(3), ""));
		return form(null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") ConsultationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FormSubmission.reject(result, consultations.problems(form));
		return FormSubmission.save(result, () -> form(null, model), () -> {
			Consultation saved = consultations.create(form);
			return FormSubmission.saved(redirect, "/consultations/" + saved.id());
		});
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		Consultation consultation = consultations.get(id);
		consultations.requireEditor(consultation);
		model.addAttribute("form", ConsultationForm.of(consultation));
		model.addAttribute("version", consultation.version());
		return form(consultation, model);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ConsultationForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		Consultation consultation = consultations.get(id);
		model.addAttribute("version", version);
		FormSubmission.reject(result, consultations.problems(form));
		return FormSubmission.save(result, () -> form(consultation, model), () -> {
			consultations.update(id, form, version);
			return FormSubmission.saved(redirect, "/consultations/" + id);
		});
	}

	private String form(Consultation consultation, Model model) {
		model.addAttribute("consultation", consultation);
		model.addAttribute("strategyChoices", consultations.strategyChoices());
		return "strategy/consultations/form";
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		consultations.delete(id);
		return FormSubmission.deleted(redirect, "/consultations");
	}

	@PostMapping("/{id:\\d+}/draft")
	String refreshDraft(@PathVariable long id, RedirectAttributes redirect) {
		return FormSubmission.act(redirect, () -> consultations.refreshDraft(id),
				"strategy.consultation.draft.refreshed", "/consultations/" + id);
	}

	@PostMapping("/{id:\\d+}/invitations")
	String invite(@PathVariable long id, @RequestParam(name = "organisationIds", required = false) List<Long> organisationIds,
			@RequestParam(required = false) String allMunicipalities, RedirectAttributes redirect) {
		List<Long> ids = new ArrayList<>(organisationIds == null ? List.of() : organisationIds);
		if (allMunicipalities != null) {
			organisations.municipalities().stream().map(OrganisationRef::id).forEach(ids::add);
		}
		try {
			int added = consultations.invite(id, ids);
			redirect.addFlashAttribute("message", "strategy.consultation.invite.done");
			redirect.addFlashAttribute("messageArgs", List.of(added));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
		return "redirect:/consultations/" + id + "#invitations";
	}

	@PostMapping("/{id:\\d+}/invitations/{organisationId:\\d+}/delete")
	String uninvite(@PathVariable long id, @PathVariable long organisationId, RedirectAttributes redirect) {
		return FormSubmission.act(redirect, () -> consultations.uninvite(id, organisationId), "platform.deleted",
				"/consultations/" + id + "#invitations");
	}

	@GetMapping("/{id:\\d+}/responses/{organisationId:\\d+}")
	String showResponse(@PathVariable long id, @PathVariable long organisationId, Model model) {
		Consultation consultation = consultations.getVisible(id);
		ResponseView response = consultations.response(id, organisationId)
			.orElseThrow(() -> new NotFoundException("Response", organisationId));
		model.addAttribute("consultation", consultation);
		model.addAttribute("strategy", consultations.strategyOf(consultation));
		model.addAttribute("response", response);
		model.addAttribute("draft", consultations.draft(id));
		model.addAttribute("stancesByGoal", response.stances().stream()
			.collect(Collectors.toMap(StanceView::goalId, s -> s)));
		model.addAttribute("canRespond", consultations.respondableOrganisations(consultation).contains(organisationId));
		return "strategy/consultations/response";
	}

	@GetMapping("/{id:\\d+}/responses/{organisationId:\\d+}/edit")
	String responseForm(@PathVariable long id, @PathVariable long organisationId, Model model) {
		Consultation consultation = consultations.get(id);
		permissions.requireEditorOf(organisationId);
		model.addAttribute("form", consultations.responseForm(id, organisationId));
		return responseForm(consultation, organisationId, model);
	}

	@PostMapping("/{id:\\d+}/responses/{organisationId:\\d+}/edit")
	String respond(@PathVariable long id, @PathVariable long organisationId, @Valid @ModelAttribute("form") ResponseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Consultation consultation = consultations.get(id);
		permissions.requireEditorOf(organisationId);
		if (result.hasErrors()) {
			return responseForm(consultation, organisationId, model);
		}
		try {
			consultations.respond(id, organisationId, form);
		}
		catch (InvalidInputException ex) {
			result.reject(ex.messageKey());
			return responseForm(consultation, organisationId, model);
		}
		redirect.addFlashAttribute("message", "strategy.response.saved");
		return "redirect:/consultations/" + id + "/responses/" + organisationId;
	}

	private String responseForm(Consultation consultation, long organisationId, Model model) {
		model.addAttribute("consultation", consultation);
		model.addAttribute("strategy", consultations.strategyOf(consultation));
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("organisationName",
				organisations.find(organisationId).map(OrganisationRef::name).orElse(""));
		model.addAttribute("phase", consultations.phase(consultation));
		model.addAttribute("draft", consultations.draft(consultation.id()));
		return "strategy/consultations/response-form";
	}

	@GetMapping("/{id:\\d+}/responses.csv")
	void exportResponses(@PathVariable long id, HttpServletResponse response) throws IOException {
		consultations.getVisible(id);
		Map<Long, String> goalLabels = consultations.draft(id).stream()
			.collect(Collectors.toMap(DraftGoal::goalId, DraftGoal::label));
		List<List<?>> rows = new ArrayList<>();
		for (ResponseView r : consultations.responses(id)) {
			for (StanceView s : r.stances()) {
				rows.add(Arrays.asList(r.organisationName(), goalLabels.getOrDefault(s.goalId(), ""), s.stance(), s.remark()));
			}
		}
		csv(response, "remiss-" + id + "-stallningstaganden.csv", List.of("organisation", "goal", "stance", "remark"),
				rows);
	}

	@GetMapping("/{id:\\d+}/consensus")
	String consensus(@PathVariable long id, Model model) {
		Consultation consultation = consultations.getVisible(id);
		model.addAttribute("consultation", consultation);
		model.addAttribute("strategy", consultations.strategyOf(consultation));
		model.addAttribute("consensus", consultations.consensus(id));
		model.addAttribute("agreements", Agreement.values());
		return "strategy/consultations/consensus";
	}

	@GetMapping("/{id:\\d+}/changes")
	String changes(@PathVariable long id, @RequestParam(defaultValue = "false") boolean changedOnly, Model model) {
		Consultation consultation = consultations.getVisible(id);
		List<ConsultationViews.GoalChange> changes = consultations.changes(id);
		model.addAttribute("consultation", consultation);
		model.addAttribute("strategy", consultations.strategyOf(consultation));
		model.addAttribute("allChanges", changes);
		model.addAttribute("changedOnly", changedOnly);
		model.addAttribute("changes", changedOnly
				? changes.stream().filter(c -> c.kind() != ConsultationViews.ChangeKind.UNCHANGED).toList() : changes);
		return "strategy/consultations/changes";
	}

	private static void csv(HttpServletResponse response, String fileName, List<String> header, List<List<?>> rows)
			throws IOException {
		CsvExport.download(response, fileName);
		CsvExport.write(response.getOutputStream(), header, rows);
	}

}
