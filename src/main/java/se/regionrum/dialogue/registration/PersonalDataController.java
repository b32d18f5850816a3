package se.regionrum.dialogue.registration;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.platform.CsvExport;
import se.regionrum.platform.Permissions;

/** An administrator's page for one person's registrations: look up, export as CSV, erase. */
@Controller
class PersonalDataController {

	private final PersonalDataService personalData;

	private final Permissions permissions;

	PersonalDataController(PersonalDataService personalData, Permissions permissions) {
		this.personalData = personalData;
		this.permissions = permissions;
	}

	@GetMapping("/admin/personal-data")
	String personalData(@RequestParam(required = false) String email, Model model) {
		permissions.requireAdmin();
		model.addAttribute("email", email);
		if (email != null && !email.isBlank()) {
			model.addAttribute("registrations", personalData.ofPerson(email));
		}
		return "dialogue/personal-data";
	}

	@GetMapping("/admin/personal-data.csv")
	void personalDataCsv(@RequestParam String email, HttpServletResponse response) throws IOException {
		List<Registration> list = personalData.ofPerson(email);
		CsvExport.download(response, "personuppgifter.csv");
		CsvExport.write(response.getOutputStream(),
				List.of("meeting", "name", "email", "organisation", "diet", "status", "attended", "registered"),
				list.stream()
					.map(r -> List.<Object>of(r.meetingId(), r.name(), r.email(), r.organisationName(),
							r.diet() == null ? "" : r.diet(), r.status(), r.attended(),
							r.createdAt() == null ? "" : r.createdAt().toString()))
					.toList());
	}

	@PostMapping("/admin/personal-data/erase")
	String erase(@RequestParam String email, RedirectAttributes redirect) {
		int count = personalData.erasePerson(email);
		redirect.addFlashAttribute("message", "dialogue.personalData.erased");
		redirect.addFlashAttribute("messageArgs", List.of(count));
		return "redirect:/admin/personal-data";
	}

}
