package se.regionrum.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.regionrum.platform.SessionCookie;
import se.regionrum.platform.TestAuthentication;

/** Every page of the module renders on the demo data, for visitors, readers and administrators. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StrategyFixtures.class)
class StrategyPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StrategyFixtures data;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void demo() {
		data.dalarnaDemo();
	}

	private long id(String sql, Object... args) {
		return jdbc.sql(sql).params(args).query(Long.class).list().get(0);
	}

	List<String> publicPages() {
		long rus = id("select id from strategy where name = ?", "Dalastrategin 2030 (exempel)");
		long goal = id("select id from goal where strategy_id = ? and code = '3.1'", rus);
		long plan = id("select min(id) from plan");
		long consultation = id("select id from consultation where title like 'Remiss – revidering%'");
		long responder = id("select min(organisation_id) from consultation_response where consultation_id = ?", consultation);
		long issue = id("select min(id) from issue where published = true");
		List<String> pages = new ArrayList<>(List.of("/", "/strategies", "/strategies?kind=REGIONAL&sort=period&dir=desc",
				"/strategies/" + rus, "/strategies/" + rus + "/goals/" + goal, "/strategies/" + rus + "/goals/export.csv",
				"/strategies/export.csv", "/plans", "/plans?status=OUTDATED&sort=type", "/plans/" + plan, "/plans/export.csv",
				"/plans/matrix", "/plans/matrix?asOf=2019-12-31&county=20", "/plans/matrix.csv", "/plan-types",
				"/plan-types/export.csv", "/consultations", "/consultations?phase=OPEN", "/consultations/export.csv",
				"/consultations/" + consultation, "/consultations/" + consultation + "/consensus",
				"/consultations/" + consultation + "/changes", "/consultations/" + consultation + "/responses.csv",
				"/consultations/" + consultation + "/responses/" + responder, "/issues", "/issues?placeBound=YES&sort=regionRole",
				"/issues/" + issue, "/issues/classification", "/issues/export.csv"));
		return pages;
	}

	@Test
	void publicPagesRenderForAnonymousVisitors() throws Exception {
		for (String page : publicPages()) {
			mvc.perform(get(page)).andExpect(status().isOk());
		}
	}

	@Test
	void theStartPageCountsWhatAnyoneMaySee() throws Exception {
		java.sql.Date today = java.sql.Date.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")));
		long strategies = id("select count(*) from strategy where published = true");
		long plans = id("select count(*) from plan");
		long open = jdbc.sql("""
				select count(*) from consultation c join strategy s on s.id = c.strategy_id
				 where s.published = true and c.opens_on <= ? and c.closes_on >= ?""").params(today, today)
			.query(Long.class).single();
		long issues = id("select count(*) from issue where published = true");
		String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).containsPattern("href=\"/strategies\">Publicerade strategier</a></dt>\\s*<dd>" + strategies + "</dd>")
			.containsPattern("href=\"/plans/matrix\">Planer i planregistret</a></dt>\\s*<dd>" + plans + "</dd>")
			.containsPattern("href=\"/consultations\\?phase=OPEN\">Öppna remisser</a></dt>\\s*<dd>" + open + "</dd>")
			.containsPattern("href=\"/issues/classification\">Publicerade sakfrågor</a></dt>\\s*<dd>" + issues + "</dd>");
	}

	@Test
	void everyPageRendersForAnAdministrator() throws Exception {
		long rus = id("select id from strategy where name = ?", "Dalastrategin 2030 (exempel)");
		long goal = id("select id from goal where strategy_id = ? and code = '3.1'", rus);
		long plan = id("select min(id) from plan");
		long type = id("select min(id) from plan_type");
		long consultation = id("select id from consultation where title like 'Remiss – revidering%'");
		long invited = id("select min(organisation_id) from consultation_invitation where consultation_id = ?", consultation);
		long issue = id("select min(id) from issue");
		List<String> pages = new ArrayList<>(publicPages());
		pages.addAll(List.of("/strategies/new", "/strategies/" + rus + "/edit", "/strategies/" + rus + "/goals/new",
				"/strategies/" + rus + "/goals/new?parentId=" + goal, "/strategies/" + rus + "/goals/" + goal + "/edit",
				"/plans/new", "/plans/" + plan + "/edit", "/plans/import", "/plan-types/new", "/plan-types/" + type + "/edit",
				"/consultations/new", "/consultations/" + consultation + "/edit",
				"/consultations/" + consultation + "/responses/" + invited + "/edit",
				"/consultations/" + consultation + "/comments.csv", "/issues/new", "/issues/" + issue + "/edit"));
		Authentication admin = TestAuthentication.admin();
		for (String page : pages) {
			mvc.perform(get(page).with(authentication(admin))).andExpect(status().isOk());
		}
	}

	@Test
	void matrixSaysFourteenOfFifteenMunicipalitiesHaveCurrentServicePlans() throws Exception {
		String html = mvc.perform(get("/plans/matrix?county=20&asOf=2026-11-24")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("14 av 15 kommuner har aktuella serviceplaner");
	}

	@Test
	void aRefusedChangeShowsWhyOnThePageItReturnsTo() throws Exception {
		// the layout shows a flash under "failure"; messages put elsewhere never reached the user. The
		// flash travels in the session, which the next request finds by its cookie, as a browser's does
		long typeInUse = id("select min(plan_type_id) from plan");
		Authentication admin = TestAuthentication.admin();
		MvcResult refused = mvc.perform(post("/plan-types/" + typeInUse + "/delete").with(csrf()).with(authentication(admin)))
			.andExpect(status().is3xxRedirection()).andReturn();
		String html = mvc.perform(get("/plan-types").cookie(SessionCookie.of(refused)).with(authentication(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Plantypen har planer och kan inte tas bort.");
	}

}
