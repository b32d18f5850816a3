package se.regionrum.dialogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import se.regionrum.platform.NavigationItem;

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

}
