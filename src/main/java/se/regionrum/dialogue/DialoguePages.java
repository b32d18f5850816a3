package se.regionrum.dialogue;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.PublicPaths;

/** Where the dialogue module shows up in the shared layout; turns on its scheduled jobs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DialoguePages {

	@Bean
	NavigationItem meetingsNavigation() {
		return new NavigationItem("dialogue.nav.meetings", "/meetings", 70, false);
	}

	@Bean
	NavigationItem seriesNavigation() {
		return new NavigationItem("dialogue.nav.series", "/series", 71, false);
	}

	/** Published data anyone may read; the services still hide what is not published. */
	@Bean
	PublicPaths dialoguePublicPaths() {
		return new PublicPaths(List.of("/meetings", "/meetings/{id:\\d+}", "/meetings/*.ics", "/series", "/series/{id:\\d+}",
				"/series/*.ics", "/calendar.ics", "/registrations/*", "/p", "/p/*", "/s/*"),
				List.of("/meetings/{id:\\d+}/register", "/series/{id:\\d+}/register", "/registrations/*/cancel",
				"/p/*", "/s/*"),
				List.of("/api/v1/meetings", "/api/v1/meetings/*", "/api/v1/series", "/api/v1/series/*"));
	}

}
