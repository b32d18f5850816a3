package se.regionrum.followup.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;
import se.regionrum.platform.web.FormPage;

/**
 * Bad input gets a Swedish message on its field and nothing is saved: an amount with letters, an
 * activity outside the programme's period, an end before the start; hostile text is stored as
 * typed and shown escaped.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeFormValidationTest extends FollowupTestBase {

	static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

	private String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anAmountWithLettersGetsASwedishMessageOnItsField() throws Exception {
		Programme p = programme("Belopp " + token(), mora.id(), false);
		long kind = jdbc.sql("select id from cost_kind where code = 'PERSONNEL'").query(Long.class).single();
		String page = body(mvc.perform(post("/programmes/{id}/costs/new", p.id()).with(authentication(TestAuthentication.admin()))
			.with(csrf()).param("costYear", "2017").param("costKindId", String.valueOf(kind)).param("budget", "12 000 kr")
			.param("spent", "tolvtusen")).andExpect(status().isOk()));
		assertThat(page).contains("id=\"spent-error\"").contains("Ange beloppet i hela kronor med siffror")
			.contains("aria-describedby=\"spent-error\"");
		assertThat(SystemUser.call(() -> costService.costLines(p.id()))).isEmpty();

		// Swedish-style grouping is accepted.
		mvc.perform(post("/programmes/{id}/costs/new", p.id()).with(authentication(TestAuthentication.admin())).with(csrf())
			.param("costYear", "2017").param("costKindId", String.valueOf(kind)).param("budget", "12 000")
			.param("spent", "11\u00a0500")).andExpect(status().is3xxRedirection());
		assertThat(SystemUser.call(() -> costService.costLines(p.id()))).singleElement()
			.satisfies(c -> assertThat(c.spent()).isEqualTo(11_500L));

		String outside = body(mvc.perform(post("/programmes/{id}/costs/new", p.id())
			.with(authentication(TestAuthentication.admin())).with(csrf()).param("costYear", "2021")
			.param("costKindId", String.valueOf(kind)).param("spent", "100")).andExpect(status().isOk()));
		assertThat(outside).contains("Året ligger utanför programmets period.");
	}

	@Test
	void anActivityOutsideThePeriodIsRefusedAtItsDate() throws Exception {
		Programme p = programme("Period " + token(), mora.id(), false);
		ActionArea area = area(p, "Omvärldsbevakning");
		String page = body(mvc.perform(post("/programmes/{id}/activities/new", p.id())
			.with(authentication(TestAuthentication.editorOf(mora.id()))).with(csrf())
			.param("actionAreaId", String.valueOf(area.id())).param("kind", "STUDY_TRIP").param("title", "Studieresa")
			.param("activityDate", "2020-03-01").param("participants", "12")).andExpect(status().isOk()));
		assertThat(page).contains("id=\"activityDate-error\"").contains("Datumet ligger utanför programmets period.");
		String letters = body(mvc.perform(post("/programmes/{id}/activities/new", p.id())
			.with(authentication(TestAuthentication.editorOf(mora.id()))).with(csrf())
			.param("actionAreaId", String.valueOf(area.id())).param("kind", "STUDY_TRIP").param("title", "Studieresa")
			.param("activityDate", "2018-03-01").param("participants", "tolv")).andExpect(status().isOk()));
		assertThat(letters).contains("Ange antalet deltagare med siffror");
		String noSeries = body(mvc.perform(post("/programmes/{id}/activities/new", p.id())
			.with(authentication(TestAuthentication.editorOf(mora.id()))).with(csrf())
			.param("actionAreaId", String.valueOf(area.id())).param("kind", "SERIES")).andExpect(status().isOk()));
		assertThat(noSeries).contains("id=\"seriesId-error\"").contains("Välj en mötesserie i dialogmodulen.");
		assertThat(SystemUser.call(() -> activityService.activities(p.id()))).isEmpty();
	}

	@Test
	void anEndBeforeTheStartSavesNothing() throws Exception {
		String name = "Baklänges " + token();
		String page = body(mvc.perform(post("/programmes/new").with(authentication(TestAuthentication.admin())).with(csrf())
			.param("kind", "PROJECT").param("name", name).param("startDate", "2019-01-01").param("endDate", "2016-01-01")
			.param("status", "PLANNED").param("ownerOrganisationId", String.valueOf(mora.id()))
			.param("results", "Ett resultat")).andExpect(status().isOk()));
		assertThat(page).contains("Slutdatumet kan inte ligga före startdatumet.");
		assertThat(jdbc.sql("select count(*) from programme where name = ?").param(name).query(Long.class).single()).isZero();
	}

	@Test
	void hostileTextIsStoredAsTypedAndShownEscaped() throws Exception {
		String name = HOSTILE + token();
		mvc.perform(post("/programmes/new").with(authentication(TestAuthentication.admin())).with(csrf())
			.param("kind", "PROJECT").param("name", name).param("summary", HOSTILE).param("purpose", HOSTILE)
			.param("goals", HOSTILE).param("dissemination", HOSTILE).param("partners", HOSTILE + " | " + HOSTILE)
			.param("results", HOSTILE).param("lessons", HOSTILE).param("startDate", "2016-01-01")
			.param("endDate", "2019-12-31").param("status", "ONGOING").param("published", "true")
			.param("ownerOrganisationId", String.valueOf(mora.id()))).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from programme where name = ?").param(name).query(Long.class).single();
		ActionArea area = SystemUser.call(() -> areaService.addActionArea(id, new se.regionrum.followup.programme.ActionAreaForm(HOSTILE, HOSTILE, null)));
		mvc.perform(post("/programmes/{id}/activities/new", id).with(authentication(TestAuthentication.admin())).with(csrf())
			.param("actionAreaId", String.valueOf(area.id())).param("kind", "OTHER").param("title", HOSTILE)
			.param("place", HOSTILE).param("account", HOSTILE).param("activityDate", "2017-01-01"))
			.andExpect(status().is3xxRedirection());
		long kind = jdbc.sql("select id from cost_kind where code = 'OTHER'").query(Long.class).single();
		mvc.perform(post("/programmes/{id}/costs/new", id).with(authentication(TestAuthentication.admin())).with(csrf())
			.param("costYear", "2017").param("costKindId", String.valueOf(kind)).param("spent", "100").param("note", HOSTILE))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/programmes/{id}/evaluations/new", id).with(authentication(TestAuthentication.admin())).with(csrf())
			.param("kind", "MIDTERM").param("title", HOSTILE).param("assessment", HOSTILE))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select summary from programme where id = ?").param(id).query(String.class).single()).isEqualTo(HOSTILE);
		assertThat(jdbc.sql("select note from cost_line where programme_id = ?").param(id).query(String.class).single()).isEqualTo(HOSTILE);
		for (String path : new String[] { "/programmes/" + id, "/programmes/" + id + "/report", "/programmes" }) {
			String page = body(mvc.perform(get(path)).andExpect(status().isOk()));
			assertThat(page).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");
		}
	}

	@Test
	void theActionAreaAndEvaluationFormsOfferTheirFieldsAndDeleteOnlyWhenEditing() throws Exception {
		Programme p = programme("Formulär " + token(), mora.id(), false);
		ActionArea area = area(p, "Omvärldsbevakning");
		var admin = TestAuthentication.admin();
		Document newArea = FormPage.parse(body(mvc.perform(get("/programmes/{id}/action-areas/new", p.id())
			.with(authentication(admin))).andExpect(status().isOk())));
		assertThat(newArea.select("form.form input#name[required]")).hasSize(1);
		assertThat(newArea.select("form[action$=/delete]")).isEmpty();
		Document editArea = FormPage.parse(body(mvc.perform(get("/action-areas/{id}/edit", area.id())
			.with(authentication(admin))).andExpect(status().isOk())));
		assertThat(editArea.select("form.form[action=/action-areas/" + area.id() + "/edit]")).hasSize(1);
		assertThat(editArea.select("form[action=/action-areas/" + area.id() + "/delete][data-confirm]")).hasSize(1);
		Document evaluation = FormPage.parse(body(mvc.perform(get("/programmes/{id}/evaluations/new", p.id())
			.with(authentication(admin))).andExpect(status().isOk())));
		assertThat(evaluation.select("select#meetingId option").first().text()).isEqualTo("Ingen");
		assertThat(evaluation.select("select#surveyIds[multiple][aria-describedby=surveyIds-hint]")).hasSize(1);
		assertThat(evaluation.select("p#surveyIds-hint")).hasSize(1);
	}

}
