package se.regionrum.dialogue.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

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

import se.regionrum.dialogue.AgendaItemLinks;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.OrganisationDirectory;

/** The meeting calendar, the meeting page and the meeting forms. */
@Controller
@RequestMapping("/meetings")
class MeetingController {

	private final MeetingService meetings;

	private final SeriesService series;

	private final OrganisationDirectory directory;

	private final AgendaService agenda;

	private final RegistrationPanel registrationPanel;

	private final List<AgendaItemLinks> agendaLinks;

	private final Clock clock;

	MeetingController(MeetingService meetings, SeriesService series, OrganisationDirectory directory,
			AgendaService agenda, RegistrationPanel registrationPanel, List<AgendaItemLinks> agendaLinks, Clock clock) {
		this.agenda = agenda;
		this.registrationPanel = registrationPanel;
		this.agendaLinks = agendaLinks;
		this.meetings = meetings;
		this.series = series;
		this.directory = directory;
		this.clock = clock;
	}

	@ModelAttribute("kinds")
	MeetingKind[] kinds() {
		return MeetingKind.values();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean past, Model model) {
		LocalDate today = LocalDate.now(clock);
		List<Meeting> list = new java.util.ArrayList<>(past ? meetings.list(null, today.minusDays(1), null)
				: meetings.list(today, null, null));
		if (past) {
			java.util.Collections.reverse(list);
		}
		Map<YearMonth, List<Meeting>> byMonth = new LinkedHashMap<>();
		for (Meeting m : list) {
			byMonth.computeIfAbsent(YearMonth.from(m.date()), k -> new java.util.ArrayList<>()).add(m);
		}
		model.addAttribute("byMonth", byMonth);
		model.addAttribute("past", past);
		model.addAttribute("count", list.size());
		return "dialogue/meetings/list";
	}

	/**
	 * The meeting page: the meeting and its agenda with what other modules link to its items, and
	 * the registration part. The series is read once and handed on, so that the rules are computed once.
	 */
	@GetMapping("/{id:\\d+}")
	String meeting(@PathVariable long id, Model model) {
		Meeting meeting = meetings.get(id);
		Series ofSeries = meetings.seriesOf(meeting).orElse(null);
		boolean canEdit = meetings.canEdit(meeting);
		List<AgendaItem> items = meetings.agenda(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("agenda", items);
		model.addAttribute("agendaLinks", linksOf(items));
		model.addAttribute("series", ofSeries);
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("organiser",
				meeting.organiserId() == null ? null : directory.nameOf(meeting.organiserId()).orElse(null));
		model.mergeAttributes(registrationPanel.attributes(meeting, ofSeries, canEdit));
		model.addAttribute("agendaForm", AgendaItemForm.empty());
		model.addAttribute("onMeetingPage", true);
		return "dialogue/meetings/detail";
	}

	/** What other modules link to the agenda's items (a map to show, say), by item id. */
	private Map<Long, List<AgendaItemLinks.Link>> linksOf(List<AgendaItem> items) {
		Map<Long, List<AgendaItemLinks.Link>> links = new LinkedHashMap<>();
		if (items.isEmpty()) {
			return links;
		}
		List<Long> ids = items.stream().map(AgendaItem::id).toList();
		for (AgendaItemLinks source : agendaLinks) {
			source.linksOf(ids).forEach((item, found) -> links.computeIfAbsent(item, k -> new ArrayList<>()).addAll(found));
		}
		return links;
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long seriesId, Model model) {
		MeetingForm form = new MeetingForm();
		form.setSeriesId(seriesId);
		form.setKind(seriesId != null ? MeetingKind.LEARNING_PROJECT_MEETING : MeetingKind.SEMINAR);
		model.addAttribute("form", form);
		return form(model);
	}

	private String form(Model model) {
		model.addAttribute("organisations", directory.all());
		// the series the user may put a meeting in (its organisers'), and the one it is already in
		Long current = model.getAttribute("form") instanceof MeetingForm form ? form.getSeriesId() : null;
		model.addAttribute("allSeries",
				series.list().stream().filter(s -> series.canEdit(s) || Long.valueOf(s.id()).equals(current)).toList());
		return "dialogue/meetings/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FormSubmission.reject(result, meetings.problems(form));
		return FormSubmission.save(result, () -> form(model), () -> {
			Meeting saved = meetings.create(form);
			return FormSubmission.saved(redirect, "/meetings/" + saved.id());
		});
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		Meeting meeting = meetings.requireEditable(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", MeetingForm.of(meeting));
		return form(model);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("meeting", meetings.requireEditable(id));
		FormSubmission.reject(result, meetings.problems(form));
		return FormSubmission.save(result, () -> form(model), () -> {
			meetings.update(id, form);
			return FormSubmission.saved(redirect, "/meetings/" + id);
		});
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		meetings.delete(id);
		return FormSubmission.deleted(redirect, "/meetings");
	}

	@PostMapping("/{id:\\d+}/agenda")
	String addAgendaItem(@PathVariable long id, @Valid @ModelAttribute("agendaForm") AgendaItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Meeting meeting = meetings.requireEditable(id);
		FormSubmission.reject(result, agenda.problems(id, form));
		return FormSubmission.save(result, () -> agendaForm(meeting, null, model), () -> {
			AgendaItem saved = agenda.add(id, form);
			return FormSubmission.saved(redirect, "/meetings/" + id + "#agenda-item-" + saved.id());
		});
	}

	@GetMapping("/{id:\\d+}/agenda/{itemId:\\d+}/edit")
	String editAgendaItem(@PathVariable long id, @PathVariable long itemId, Model model) {
		AgendaItem item = agenda.item(id, itemId);
		model.addAttribute("agendaForm", AgendaItemForm.of(item));
		return agendaForm(meetings.requireEditable(id), item, model);
	}

	@PostMapping("/{id:\\d+}/agenda/{itemId:\\d+}/edit")
	String updateAgendaItem(@PathVariable long id, @PathVariable long itemId,
			@Valid @ModelAttribute("agendaForm") AgendaItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AgendaItem item = agenda.item(id, itemId);
		Meeting meeting = meetings.requireEditable(id);
		FormSubmission.reject(result, agenda.problems(id, form));
		return FormSubmission.save(result, () -> agendaForm(meeting, item, model), () -> {
			agenda.update(id, itemId, form);
			return FormSubmission.saved(redirect, "/meetings/" + id + "#agenda-item-" + itemId);
		});
	}

	/** Up and down are plain form posts, so the order can be changed without JavaScript. */
	@PostMapping("/{id:\\d+}/agenda/{itemId:\\d+}/move")
	String moveAgendaItem(@PathVariable long id, @PathVariable long itemId,
			@RequestParam AgendaService.Direction direction, RedirectAttributes redirect) {
		agenda.move(id, itemId, direction);
		redirect.addFlashAttribute("message", "dialogue.agendaEdit.moved");
		return "redirect:/meetings/" + id + "#agenda-item-" + itemId;
	}

	@PostMapping("/{id:\\d+}/agenda/{itemId:\\d+}/delete")
	String removeAgendaItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
		agenda.remove(id, itemId);
		return FormSubmission.deleted(redirect, "/meetings/" + id + "#agenda");
	}

	/** The agenda item form on a page of its own: for editing, and when an added item breaks a rule. */
	private String agendaForm(Meeting meeting, AgendaItem item, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("item", item);
		return "dialogue/meetings/agenda-item";
	}

}
