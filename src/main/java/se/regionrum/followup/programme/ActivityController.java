package se.regionrum.followup.programme;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.platform.FormSubmission;

/** The forms of a programme's activities and their CSV export. */
@Controller
class ActivityController {

	private final ActivityService service;

	private final ActionAreaService areas;

	private final ProgrammePageSupport pages;

	private final ProgrammeOptions options;

	ActivityController(ActivityService service, ActionAreaService areas, ProgrammePageSupport pages,
			ProgrammeOptions options) {
		this.service = service;
		this.areas = areas;
		this.pages = pages;
		this.options = options;
	}

	@GetMapping("/programmes/{id:\\d+}/activities/new")
	String newActivity(@PathVariable long id, Model model) {
		Programme programme = pages.editable(id);
		ActivityForm form = new ActivityForm();
		form.setKind(ActivityKind.THEME_MEETING);
		areas.actionAreas(id).stream().findFirst().ifPresent(a -> form.setActionAreaId(a.id()));
		model.addAttribute("form", form);
		return activityForm(model, programme, null);
	}

	@PostMapping("/programmes/{id:\\d+}/activities/new")
	String createActivity(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Programme programme = pages.editable(id);
		FormSubmission.reject(result, service.problems(id, form));
		if (result.hasErrors()) {
			return activityForm(model, programme, null);
		}
		service.addActivity(id, form);
		return FormSubmission.saved(redirect, "/programmes/" + id + "#action-areas");
	}

	@GetMapping("/activities/{activityId:\\d+}/edit")
	String editActivity(@PathVariable long activityId, Model model) {
		Activity activity = service.activity(activityId);
		Programme programme = pages.editable(activity.programmeId());
		model.addAttribute("form", ActivityForm.of(activity));
		return activityForm(model, programme, activity);
	}

	@PostMapping("/activities/{activityId:\\d+}/edit")
	String updateActivity(@PathVariable long activityId, @Valid @ModelAttribute("form") ActivityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Activity activity = service.activity(activityId);
		Programme programme = pages.editable(activity.programmeId());
		FormSubmission.reject(result, service.problems(programme.id(), form));
		if (result.hasErrors()) {
			return activityForm(model, programme, activity);
		}
		service.updateActivity(activityId, form);
		return FormSubmission.saved(redirect, "/programmes/" + programme.id() + "#action-areas");
	}

	@PostMapping("/activities/{activityId:\\d+}/delete")
	String deleteActivity(@PathVariable long activityId, RedirectAttributes redirect) {
		Activity activity = service.activity(activityId);
		service.deleteActivity(activityId);
		return FormSubmission.deleted(redirect, "/programmes/" + activity.programmeId() + "#action-areas");
	}

	@GetMapping("/programmes/{id:\\d+}/activities.csv")
	void exportActivities(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		Map<Long, String> areaNames = new HashMap<>();
		areas.actionAreas(id).forEach(a -> areaNames.put(a.id(), a.name()));
		List<List<?>> rows = new ArrayList<>();
		for (Activity a : service.activities(id)) {
			rows.add(Arrays.asList(a.id(), areaNames.get(a.actionAreaId()), a.kind(), a.title(), a.activityDate(),
					a.place(), a.participants(), a.meetingId(), a.seriesId(), a.account()));
		}
		ProgrammePageSupport.csv(response, "aktiviteter.csv", List.of("id", "action_area", "kind", "title", "date", "place",
				"participants", "meeting_id", "series_id", "account"), rows);
	}

	private String activityForm(Model model, Programme programme, Activity activity) {
		model.addAttribute("programme", programme);
		model.addAttribute("activity", activity);
		model.addAttribute("areas", areas.actionAreas(programme.id()));
		model.addAttribute("activityKinds", ActivityKind.values());
		model.addAttribute("meetings", options.meetings());
		model.addAttribute("seriesList", options.series());
		return "followup/programmes/activity-form";
	}

}
