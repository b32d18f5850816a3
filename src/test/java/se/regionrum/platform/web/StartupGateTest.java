package se.regionrum.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Until the start-up work is done, the app says "not ready" on the readiness probe and "starting,
 * try again" (503) on every page and API call instead of showing empty lists. The whole start of
 * a real process is in {@code KillAndRestartTest}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StartupGateTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void notReadyMeansStartingEverywhereButTheHealthProbes() throws Exception {
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			mvc.perform(get("/meetings")).andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"));
			mvc.perform(get("/api/v1/meetings")).andExpect(status().isServiceUnavailable());
			mvc.perform(get("/calendar.ics")).andExpect(status().isServiceUnavailable());
			mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
			mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/meetings")).andExpect(status().isOk());
	}

}
