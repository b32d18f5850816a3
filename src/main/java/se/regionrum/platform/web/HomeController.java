package se.regionrum.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.regionrum.platform.StartPageSection;

/** The region at a glance: what each module holds, and the municipalities on a map. */
@Controller
class HomeController {

	private final List<StartPageSection.Provider> sections;

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;

	HomeController(List<StartPageSection.Provider> sections, ObjectProvider<ClientRegistrationRepository> oidcClients) {
		this.sections = sections;
		this.oidcClients = oidcClients;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("sections", sections.stream().map(StartPageSection.Provider::section)
			.sorted(Comparator.comparingInt(StartPageSection::order)).toList());
		return "platform/home";
	}

	@GetMapping("/login")
	String login(Model model) {
		List<ClientRegistration> providers = new ArrayList<>();
		if (oidcClients.getIfAvailable() instanceof Iterable<?> registrations) {
			registrations.forEach(r -> providers.add((ClientRegistration) r));
		}
		model.addAttribute("oidcProviders", providers);
		return "platform/login";
	}

}
