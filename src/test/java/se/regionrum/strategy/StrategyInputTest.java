package se.regionrum.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;
import se.regionrum.strategy.consultation.Consultation;
import se.regionrum.strategy.consultation.ConsultationForm;
import se.regionrum.strategy.consultation.ConsultationService;
import se.regionrum.strategy.goal.GoalForm;
import se.regionrum.strategy.goal.GoalService;
import se.regionrum.strategy.issue.Answer;
import se.regionrum.strategy.issue.IssueForm;
import se.regionrum.strategy.issue.IssueService;
import se.regionrum.strategy.strategy.Strategy;
import se.regionrum.strategy.strategy.StrategyForm;
import se.regionrum.strategy.strategy.StrategyService;

/**
 * Bad and hostile input: hostile text is stored as typed and shown as text; form errors are in
 * Swedish and name the field; a CSV import with a bad row saves nothing; exports open in Excel.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StrategyFixtures.class)
class StrategyInputTest {

	static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

	@Autowired
	MockMvc mvc;

	@Autowired
	StrategyFixtures data;

	@Autowired
	StrategyService strategies;

	@Autowired
	GoalService goals;

	@Autowired
	IssueService issues;

	@Autowired
	ConsultationService consultations;

	@Autowired
	JdbcClient jdbc;

	private String html(String path) throws Exception {
		return mvc.perform(get(path).with(authentication(TestAuthentication.admin()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void hostileTextIsShownAsTextEverywhere() throws Exception {
		long region = data.organisation("Indatatest region", OrganisationKind.REGION, "94");
		LocalDate today = consultations.today();
		Strategy strategy = SystemUser.call(() -> strategies.create(new StrategyForm(HOSTILE + System.nanoTime(),
				StrategyKind.REGIONAL, region, 2025, 2030, StrategyStatus.CONSULTATION, null, "", HOSTILE, true)));
		var goal = SystemUser.call(() -> goals.add(strategy.id(), new GoalForm(GoalLevel.GOAL_AREA, null, "", HOSTILE,
				HOSTILE, List.of())));
		var issue = SystemUser.call(() -> issues.create(new IssueForm(HOSTILE + System.nanoTime(), HOSTILE, region,
				Answer.YES, null, null, HOSTILE, true, List.of(goal.id()), List.of(), null)));
		Consultation consultation = SystemUser.call(() -> consultations.create(new ConsultationForm(strategy.id(),
				HOSTILE + System.nanoTime(), HOSTILE, today.minusDays(1), today.plusDays(1), "")));
		mvc.perform(post("/consultations/{id}/comments", consultation.id()).with(csrf()).param("body", HOSTILE)
			.param("authorName", HOSTILE))
			.andExpect(status().is3xxRedirection());

		for (String path : List.of("/strategies/" + strategy.id(), "/strategies?q=script",
				"/strategies/" + strategy.id() + "/goals/" + goal.id(), "/issues/" + issue.id(), "/issues/classification",
				"/consultations/" + consultation.id(), "/consultations/" + consultation.id() + "/consensus",
				"/consultations/" + consultation.id() + "/changes", "/strategies/" + strategy.id() + "/goals/"
						+ goal.id() + "/edit")) {
			assertThat(html(path)).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
				.contains("&lt;script&gt;alert(");
		}
	}

	@Test
	void formErrorsAreSwedishAndNameTheField() throws Exception {
		long municipality = data.municipality("9401", "Indatatest kommun");
		String page = mvc.perform(post("/plans/new").with(authentication(TestAuthentication.admin())).with(csrf())
			.param("organisationId", String.valueOf(municipality))
			.param("title", "")
			.param("adoptedOn", "2024-13-45")
			.param("validUntil", "2020-01-01"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Välj plantyp.").contains("Ange planens titel.")
			.contains("Ange ett datum som ÅÅÅÅ-MM-DD.")
			.contains("aria-invalid=\"true\"");
		String strategy = mvc.perform(post("/strategies/new").with(authentication(TestAuthentication.admin())).with(csrf())
			.param("name", "Period baklänges")
			.param("kind", "MUNICIPAL")
			.param("ownerOrganisationId", String.valueOf(municipality))
			.param("status", "ADOPTED")
			.param("periodStart", "2030")
			.param("periodEnd", "2020"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(strategy).contains("Sista år kan inte vara före första år.")
			.contains("En antagen strategi behöver ett datum för antagandet.");
	}

	@Test
	void planImportIsAllOrNothingAndExportsOpenInASwedishSpreadsheet() throws Exception {
		data.municipality("9402", "Importtest kommun");
		String bad = "scb_code;type;title;adopted_on\n9402;SERVICEPLAN;Serviceplan import;2024-05-01\n"
				+ "9402;OKÄND;Fel typ;2024-05-01\n0000;SERVICEPLAN;Fel kommun;2024-13-01\n";
		String page = mvc.perform(multipart("/plans/import")
			.file(new MockMultipartFile("file", "planer.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
			.with(authentication(TestAuthentication.admin())).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Filen importerades inte").contains("Okänd plantyp &quot;OKÄND&quot;")
			.contains("Det finns ingen kommun med kommunkod &quot;0000&quot;")
			.contains("Värdet &quot;2024-13-01&quot; är inget datum");
		assertThat(jdbc.sql("select count(*) from plan where title = 'Serviceplan import'").query(Long.class).single()).isZero();

		String good = "scb_code;type;title;adopted_on;note\n9402;SERVICEPLAN;Serviceplan import;2024-05-01;=SUM(A1)\n";
		mvc.perform(multipart("/plans/import")
			.file(new MockMultipartFile("file", "planer.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
			.with(authentication(TestAuthentication.admin())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from plan where title = 'Serviceplan import'").query(Long.class).single()).isOne();

		byte[] csv = mvc.perform(get("/plans/export.csv").param("q", "Serviceplan import")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFscb_code;municipality;type;title;adopted_on;valid_until;current;document_url;note\r\n")
			.contains("9402;Importtest kommun;SERVICEPLAN;Serviceplan import;2024-05-01;;ja;;'=SUM(A1)");
		for (String path : List.of("/strategies/export.csv", "/plans/matrix.csv", "/plan-types/export.csv",
				"/consultations/export.csv", "/issues/export.csv")) {
			assertThat(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentType())
				.as(path).startsWith("text/csv");
		}
	}

}
