package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RegionClockTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(RegionClock.class);

	@Test
	void theRegionsDaysAreSwedishUnlessConfigured() {
		context.run(c -> assertThat(c.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Stockholm")));
	}

	@Test
	void anotherRegionSetsItsTimeZone() {
		context.withPropertyValues("regionrum.region.time-zone=Europe/Helsinki")
			.run(c -> assertThat(c.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Helsinki")));
	}

}
