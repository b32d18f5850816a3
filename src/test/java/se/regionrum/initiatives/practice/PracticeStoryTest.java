package se.regionrum.initiatives.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;

import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.initiatives.InitiativesTestBase;
import se.regionrum.initiatives.PracticeCase;
import se.regionrum.initiatives.PracticeCases;
import se.regionrum.initiatives.initiative.Initiative;
import se.regionrum.initiatives.initiative.InitiativeForm;
import se.regionrum.initiatives.initiative.Theme;
import se.regionrum.platform.TestAuthentication;

/**
 * A practice story is written on the initiative's pages by whoever may change the initiative,
 * shown on its page (hostile text stored as typed, shown harmless), and read by other modules
 * and API callers as a practice case with municipalities and themes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeStoryTest extends InitiativesTestBase {

	static final String HOSTILE = "<script>alert('x')</script>[klicka](javascript:alert(1)) <img src=x onerror=alert(2)>";

	@Autowired
	PracticeCases practiceCases;

	@Autowired
	PracticeStoryService stories;

	Initiative published;

	Initiative hidden;

	Authentication moraEditor;

	@BeforeEach
	void cases() {
		InitiativeForm form = InitiativesFixtures.form("Praktikfall Mora " + token(), mora.id(), List.of(mora.id()), true);
		form.setPracticeCase(true);
		form.setThemes(List.of(Theme.SERVICE, Theme.PLANNING));
		published = InitiativesFixtures.create(initiatives, form);
		InitiativeForm hiddenForm = InitiativesFixtures.form("Opublicerat fall " + token(), mora.id(), List.of(mora.id()),
				false);
		hiddenForm.setPracticeCase(true);
		hidden = InitiativesFixtures.create(initiatives, hiddenForm);
		moraEditor = TestAuthentication.editorOf(mora.id());
	}

	@Test
	void theOwnersEditorWritesTheStoryOnTheInitiativesPages() throws Exception {
		mvc.perform(get("/initiatives/{id}/practice-story/edit", published.id()).with(authentication(moraEditor)))
			.andExpect(status().isOk());
		mvc.perform(post("/initiatives/{id}/practice-story/edit", published.id()).with(authentication(moraEditor))
			.with(csrf())
			.param("challenge", "Butiken i byn riskerade att **stänga**. " + HOSTILE)
			.param("actions", HOSTILE)
			.param("participants", "Byaföreningen, kommunen")
			.param("obstacles", HOSTILE)
			.param("results", "Servicepunkt öppnad " + HOSTILE)
			.param("lessons", HOSTILE))
			.andExpect(status().is3xxRedirection());

		assertThat(stories.ofInitiative(published.id()).orElseThrow().actions()).isEqualTo(HOSTILE);
		String page = mvc.perform(get("/initiatives/{id}", published.id()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Praktikfallets berättelse").contains("Servicepunkt öppnad")
			.contains("<strong>stänga</strong>");
		assertThat(page).doesNotContain("<script>alert").doesNotContain("href=\"javascript:")
			.doesNotContain("<img src=x");

		PracticeCase practiceCase = practiceCases.find(published.id()).orElseThrow();
		assertThat(practiceCase.municipalities()).containsExactly("Mora kommun");
		assertThat(practiceCase.themes()).containsExactlyInAnyOrder("SERVICE", "PLANNING");
		assertThat(practiceCase.participants()).isEqualTo("Byaföreningen, kommunen");
		String form = mvc.perform(get("/initiatives/{id}/practice-story/edit", published.id())
			.with(authentication(moraEditor)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).doesNotContain("<script>alert").doesNotContain("<img");
	}

	@Test
	void anotherOrganisationsEditorMayNotWriteIt() throws Exception {
		Authentication falunEditor = TestAuthentication.editorOf(falun.id());
		mvc.perform(get("/initiatives/{id}/practice-story/edit", published.id()).with(authentication(falunEditor)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/initiatives/{id}/practice-story/edit", published.id()).with(authentication(falunEditor))
			.with(csrf()).param("challenge", "Falun skriver"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/initiatives/{id}/practice-story", published.id()).with(authentication(falunEditor))
			.contentType(MediaType.APPLICATION_JSON).content("{\"challenge\": \"Falun skriver\"}"))
			.andExpect(status().isForbidden());
		assertThat(stories.ofInitiative(published.id())).isEmpty();
	}

	@Test
	void tooLongTextGetsAMessageOnTheFieldAndNothingIsSaved() throws Exception {
		String page = mvc.perform(post("/initiatives/{id}/practice-story/edit", published.id())
			.with(authentication(moraEditor)).with(csrf())
			.param("challenge", "Kort")
			.param("lessons", "x".repeat(8001)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"lessons-error\"");
		assertThat(stories.ofInitiative(published.id())).isEmpty();
	}

	@Test
	void apiWritesAndAnonymousCallersReadPublishedPracticeCasesOnly() throws Exception {
		mvc.perform(put("/api/v1/initiatives/{id}/practice-story", published.id()).with(authentication(moraEditor))
			.contentType(MediaType.APPLICATION_JSON).content("{\"challenge\": \"Utmaning\", \"lessons\": \"Lärdom\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lessons").value("Lärdom"));
		mvc.perform(put("/api/v1/initiatives/{id}/practice-story", hidden.id()).with(authentication(moraEditor))
			.contentType(MediaType.APPLICATION_JSON).content("{\"challenge\": \"Dold\"}"))
			.andExpect(status().isOk());

		mvc.perform(get("/api/v1/initiatives/{id}/practice-story", published.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.challenge").value("Utmaning"));
		mvc.perform(get("/api/v1/practice-cases/{id}", published.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.municipalities[0]").value("Mora kommun"));
		mvc.perform(get("/api/v1/practice-cases/{id}", hidden.id())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/initiatives/{id}/practice-story", hidden.id())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/practice-cases/{id}", hidden.id()).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk());
	}

}
