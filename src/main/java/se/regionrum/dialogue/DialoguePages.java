package se.regionrum.dialogue;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.PublicPaths;
import se.regionrum.platform.PublicPaths.ApiWrite;

/** Where the dialogue module shows up in the shared layout; turns on its scheduled jobs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DialoguePages {

	@Bean
	NavigationItem meetingsNavigation() {
		return new NavigationItem(NavigationGroup.DIALOGUE, "dialogue.nav.meetings", "/meetings", 70, false);
	}

	@Bean
	NavigationItem seriesNavigation() {
		return new NavigationItem(NavigationGroup.DIALOGUE, "dialogue.nav.series", "/series", 71, false);
	}

	/**
	 * Published data anyone may read; the services still hide what is not published. Anyone may
	 * register and cancel by personal link, and answer a published survey by its key, on the pages
	 * and through the API alike; the rules are the services'.
	 */
	@Bean
	PublicPaths dialoguePublicPaths() {
		return new PublicPaths(List.of("/meetings", "/meetings/{id:\\d+}", "/meetings/*.ics", "/series", "/series/{id:\\d+}",
				"/series/*.ics", "/calendar.ics", "/registrations/*", "/p", "/p/*", "/p/*/events", "/s/*",
				"/meetings/{id:\\d+}/register", "/series/{id:\\d+}/register", "/registrations/*/cancel"),
				List.of("/meetings/{id:\\d+}/register", "/series/{id:\\d+}/register", "/registrations/*/cancel",
				"/p/*/answer", "/p/*/qa", "/p/*/qa/*/vote", "/s/*"),
				List.of("/api/v1/meetings", "/api/v1/meetings/*", "/api/v1/meetings/{id:\\d+}/agenda", "/api/v1/series",
						"/api/v1/series/*", "/api/v1/survey-forms/*"),
				List.of(ApiWrite.post("/api/v1/meetings/{id:\\d+}/registrations"),
						ApiWrite.post("/api/v1/series/{id:\\d+}/registrations"),
						ApiWrite.post("/api/v1/p/{code:\\d{8}}/answers"),
						ApiWrite.delete("/api/v1/registrations/{token:[0-9a-f]{32}}"),
						// answering a published survey by its public key, as on its page /s/{key}
						ApiWrite.post("/api/v1/survey-forms/*/responses")));
	}

}
