package se.regionrum.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The region's clock: the time zone in which its days begin and end (property
 * {@code regionrum.region.time-zone}, Europe/Stockholm unless set). Services that compute a date
 * ("today", a deadline, a retirement date) take the {@link Clock} bean instead of reading the
 * system clock, so that a test can fix the date.
 */
@Configuration(proxyBeanMethods = false)
public class RegionClock {

	/**
	 * The zone where no bean is at hand (a record formatting a stored time); the clock bean uses it
	 * unless the installation sets another.
	 */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");

	@Bean
	Clock clock(@Value("${regionrum.region.time-zone:}") String timeZone) {
		return Clock.system(timeZone == null || timeZone.isBlank() ? DEFAULT_ZONE : ZoneId.of(timeZone.strip()));
	}

}
