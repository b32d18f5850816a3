package se.regionrum.initiatives.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.actors.Organisations;
import se.regionrum.strategy.PlanStatus;
import se.regionrum.strategy.Plans;

/** The municipality page collects the plan register too, from the strategy module's API. */
@SpringBootTest
@AutoConfigureMockMvc
class MunicipalityPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Plans plans;

	@Test
	void showsEveryPlanTypeWithItsStateForTheMunicipality() throws Exception {
		long falun = organisations.findByScbCode("2080").orElseThrow().id();
		var statuses = plans.ofMunicipality(falun);
		assertThat(statuses).isNotEmpty();
		assertThat(statuses).extracting(PlanStatus::state).allMatch(s -> s.matches("CURRENT|OUTDATED|MISSING"));
		PlanStatus service = statuses.stream().filter(p -> p.planTypeName().equals("Serviceplan")).findFirst()
			.orElseThrow();
		assertThat(service.current()).isTrue();

		String page = mvc.perform(get("/municipalities/{id}", falun)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Serviceplan").contains("Aktuell").contains("/plans/" + service.latestPlanId());
	}

	@Test
	void aMunicipalityWithoutPlansShowsEveryTypeAsMissing() {
		assertThat(plans.ofMunicipality(-1)).isNotEmpty().allMatch(p -> p.state().equals("MISSING") && p.latestPlanId() == null);
	}

}
