package se.regionrum.followup.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.initiatives.initiative.Initiative;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * Methods: editors create and change their own organisation's methods through pages and API,
 * with Swedish messages on the fields and nothing half-saved; readers read; anonymous visitors
 * find none; hostile text is stored as typed and shown harmless.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MethodWebTest extends FollowupTestBase {

	@Test
	void anEditorCreatesAMethodWithLinksAndItShowsSafely() throws Exception {
		Authentication moraEditor = TestAuthentication.editorOf(mora.id());
		Initiative practice = practiceCase("Praktikfall " + token(), mora.id(), true);
		String title = "Kommundialog " + token();
		String location = mvc.perform(post("/methods/new").with(authentication(moraEditor)).with(csrf())
			.param("title", title + " " + HOSTILE.substring(0, 60))
			.param("ownerOrganisationId", String.valueOf(mora.id()))
			.param("summary", "Samtal **med** kommunledningen " + HOSTILE)
			.param("whenToUse", HOSTILE)
			.param("steps", HOSTILE)
			.param("roles", HOSTILE)
			.param("timeNeeded", HOSTILE.substring(0, 100))
			.param("tips", HOSTILE)
			.param("practiceCaseIds", String.valueOf(practice.id())))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		WorkingMethod saved = SystemUser.call(() -> methods.get(id));
		assertThat(saved.steps()).isEqualTo(HOSTILE);
		assertThat(saved.linked(WorkingMethod.LinkKind.PRACTICE_CASE)).containsExactly(practice.id());

		String page = mvc.perform(get("/methods/{id}", id).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(title).contains(practice.title());
		assertSafe(page);
		String list = mvc.perform(get("/methods").with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains(title);
		assertSafe(list);
		String form = mvc.perform(get("/methods/{id}/edit", id).with(authentication(moraEditor)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertSafe(form);
	}

	@Test
	void missingFieldsGetSwedishMessagesAndNothingIsSaved() throws Exception {
		Authentication moraEditor = TestAuthentication.editorOf(mora.id());
		long before = jdbc.sql("select count(*) from working_method").query(Long.class).single();
		String page = mvc.perform(post("/methods/new").with(authentication(moraEditor)).with(csrf())
			.param("title", "")
			.param("ownerOrganisationId", String.valueOf(mora.id()))
			.param("summary", " ")
			.param("meetingIds", "987654321"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Ge metoden en titel.").contains("Sammanfatta metoden i några meningar.")
			.contains("id=\"title-error\"").contains("id=\"summary-error\"");
		assertThat(jdbc.sql("select count(*) from working_method").query(Long.class).single()).isEqualTo(before);

		String unknownLink = mvc.perform(post("/methods/new").with(authentication(moraEditor)).with(csrf())
			.param("title", "Metod " + token())
			.param("ownerOrganisationId", String.valueOf(mora.id()))
			.param("summary", "Kort")
			.param("meetingIds", "987654321"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(unknownLink).contains("Ett av de valda mötena finns inte längre.");
		assertThat(jdbc.sql("select count(*) from working_method").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void editorsChangeOnlyTheirOwnOrganisationsMethods() throws Exception {
		WorkingMethod moraMethod = method("Moras metod " + token(), mora.id());
		Authentication falunEditor = TestAuthentication.editorOf(falun.id());
		mvc.perform(get("/methods/{id}/edit", moraMethod.id()).with(authentication(falunEditor)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/methods/{id}/edit", moraMethod.id()).with(authentication(falunEditor)).with(csrf())
			.param("title", "Ändrad").param("ownerOrganisationId", String.valueOf(mora.id())).param("summary", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/methods/{id}/delete", moraMethod.id()).with(authentication(falunEditor)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/methods/{id}", moraMethod.id()).with(authentication(falunEditor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Ändrad\", \"ownerOrganisationId\": %d, \"summary\": \"x\"}".formatted(mora.id())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/methods/new").with(authentication(TestAuthentication.reader())))
			.andExpect(status().isForbidden());
		assertThat(SystemUser.call(() -> methods.get(moraMethod.id())).title()).isEqualTo(moraMethod.title());

		mvc.perform(post("/methods/{id}/edit", moraMethod.id()).with(authentication(TestAuthentication.admin()))
			.with(csrf()).param("title", "Ändrad av admin").param("ownerOrganisationId", String.valueOf(mora.id()))
			.param("summary", "Ny sammanfattning"))
			.andExpect(status().is3xxRedirection());
		assertThat(SystemUser.call(() -> methods.get(moraMethod.id())).title()).isEqualTo("Ändrad av admin");
	}

	@Test
	void theApiCreatesAndReadsMethodsAndAnonymousCallersGetNone() throws Exception {
		Authentication falunEditor = TestAuthentication.editorOf(falun.id());
		String title = "API-metod " + token();
		mvc.perform(post("/api/v1/methods").with(authentication(falunEditor)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"%s\", \"ownerOrganisationId\": %d, \"summary\": \"Sammanfattning\", \"steps\": \"1. Gör\"}"
				.formatted(title, falun.id())))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.title").value(title));
		mvc.perform(post("/api/v1/methods").with(authentication(falunEditor)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"\", \"ownerOrganisationId\": %d, \"summary\": \"\"}".formatted(falun.id())))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/methods").with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.title == '%s')]".formatted(title)).exists());
		mvc.perform(get("/api/v1/methods")).andExpect(status().isUnauthorized());
		String csv = mvc.perform(get("/methods/export.csv").with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("id;title;owner;summary").contains(title + ";Falu kommun;Sammanfattning");
	}

}
