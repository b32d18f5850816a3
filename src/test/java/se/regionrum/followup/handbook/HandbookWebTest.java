package se.regionrum.followup.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.followup.method.WorkingMethod;
import se.regionrum.followup.method.WorkingMethodForm;
import se.regionrum.initiatives.initiative.Initiative;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;
import se.regionrum.platform.web.FormPage;

/**
 * Handbooks: composed on their page from chapters in order, published as frozen editions that
 * anonymous visitors read with a table of contents and an index of practice cases; editors change
 * their own organisation's handbooks only; the API does the same.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HandbookWebTest extends FollowupTestBase {

	private Handbook handbook(String title, long owner) {
		return SystemUser.call(() -> handbooks.create(new HandbookForm(title, owner, "Förord till " + title)));
	}

	@Test
	void anEditorComposesAndPublishesAndAnonymousVisitorsReadTheEdition() throws Exception {
		Authentication moraEditor = TestAuthentication.editorOf(mora.id());
		WorkingMethod method = method("Kommundialog " + token(), mora.id());
		Initiative practice = practiceCase("Servicepunkt " + token(), mora.id(), true);
		String title = "Handbok " + token() + " " + HOSTILE.substring(0, 60);
		String location = mvc.perform(post("/handbooks/new").with(authentication(moraEditor)).with(csrf())
			.param("title", title).param("ownerOrganisationId", String.valueOf(mora.id())).param("foreword", HOSTILE))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(post("/handbooks/{id}/chapters", id).with(authentication(moraEditor)).with(csrf())
			.param("kind", "PRACTICE_CASE").param("initiativeId", String.valueOf(practice.id())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/handbooks/{id}/chapters", id).with(authentication(moraEditor)).with(csrf())
			.param("kind", "METHOD").param("methodId", String.valueOf(method.id())).param("body", HOSTILE))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/handbooks/{id}/chapters", id).with(authentication(moraEditor)).with(csrf())
			.param("kind", "TEXT").param("title", "Lärdomar " + HOSTILE).param("body", HOSTILE))
			.andExpect(status().is3xxRedirection());
		// the method first
		mvc.perform(post("/handbooks/{id}/chapters/1/move", id).with(authentication(moraEditor)).with(csrf())
			.param("direction", "up"))
			.andExpect(status().is3xxRedirection());
		String compose = mvc.perform(get("/handbooks/{id}", id).with(authentication(moraEditor)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertSafe(compose);

		mvc.perform(post("/handbooks/{id}/publish", id).with(authentication(moraEditor)).with(csrf()))
			.andExpect(redirectedUrl("/handbooks/" + id + "/editions/1"));

		String page = mvc.perform(get("/handbooks/{id}/published", id))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Innehåll").contains("1. " + method.title())
			.contains("2. " + practice.title()).contains("Register över praktikfall").contains("Mora kommun")
			.contains("Kommersiell service").contains("Utgåva 1");
		assertSafe(page);
		assertSafe(mvc.perform(get("/handbooks")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertSafe(mvc.perform(get("/handbooks/{id}/preview", id).with(authentication(moraEditor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertSafe(mvc.perform(get("/handbooks/{id}/chapters/2/edit", id).with(authentication(moraEditor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		mvc.perform(get("/api/v1/handbooks/{id}/editions/1", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.chapters[0].kind").value("METHOD"))
			.andExpect(jsonPath("$.chapters[2].sections[0].text").value(HOSTILE));
	}

	@Test
	void editingAfterPublishingChangesTheDraftNotTheEdition() throws Exception {
		WorkingMethod method = method("Lärprojekt " + token(), mora.id());
		Handbook handbook = handbook("Handbok " + token(), mora.id());
		SystemUser.run(() -> handbooks.addChapter(handbook.id(), new ChapterForm(ChapterKind.METHOD, method.id(), null,
				null, null, null)));
		HandbookEdition first = SystemUser.call(() -> handbooks.publish(handbook.id()));
		assertThat(first.editionNumber()).isEqualTo(1);
		assertThat(first.publishedOn()).isNotNull();

		SystemUser.run(() -> {
			methods.update(method.id(), new WorkingMethodForm(method.title(), mora.id(), "Ny sammanfattning", null, null,
					null, null, null, List.of(), List.of()), null);
			handbooks.update(handbook.id(), new HandbookForm(handbook.title(), mora.id(), "Nytt förord"), null);
		});

		EditionContent frozen = handbooks.content(handbooks.edition(handbook.id(), 1));
		assertThat(frozen.foreword()).isEqualTo("Förord till " + handbook.title());
		assertThat(frozen.chapters().get(0).sections().get(0).text()).isEqualTo("Sammanfattning av " + method.title());
		EditionContent draft = SystemUser.call(() -> handbooks.preview(handbook.id()));
		assertThat(draft.foreword()).isEqualTo("Nytt förord");
		assertThat(draft.chapters().get(0).sections().get(0).text()).isEqualTo("Ny sammanfattning");
		assertThat(SystemUser.call(() -> handbooks.changedSincePublished(handbooks.get(handbook.id())))).isTrue();

		// the draft uses the method: it is not deleted
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> SystemUser.run(() -> methods.delete(method.id())))
			.isInstanceOf(se.regionrum.platform.InvalidInputException.class);
		HandbookEdition second = SystemUser.call(() -> handbooks.publish(handbook.id()));
		assertThat(second.editionNumber()).isEqualTo(2);
		assertThat(handbooks.latestEdition(handbook.id()).editionNumber()).isEqualTo(2);
		String page = mvc.perform(get("/handbooks/{id}/editions/1", handbook.id()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Förord till").doesNotContain("Nytt förord");
	}

	@Test
	void badChaptersGetSwedishMessagesOnTheFieldAndNothingIsSaved() throws Exception {
		Authentication moraEditor = TestAuthentication.editorOf(mora.id());
		Handbook handbook = handbook("Handbok " + token(), mora.id());
		String page = mvc.perform(post("/handbooks/{id}/chapters", handbook.id()).with(authentication(moraEditor))
			.with(csrf()).param("kind", "TEXT").param("title", "").param("body", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Ge textkapitlet en rubrik.").contains("Skriv textkapitlets text.")
			.contains("id=\"title-error\"");
		mvc.perform(post("/handbooks/{id}/chapters", handbook.id()).with(authentication(moraEditor)).with(csrf())
			.param("kind", "METHOD"))
			.andExpect(status().isOk());
		String unknown = mvc.perform(post("/handbooks/{id}/chapters", handbook.id()).with(authentication(moraEditor))
			.with(csrf()).param("kind", "PRACTICE_CASE").param("initiativeId", "987654321"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(unknown).contains("Initiativet finns inte eller är inte markerat som praktikfall.");
		assertThat(SystemUser.call(() -> handbooks.get(handbook.id())).chapters()).isEmpty();

		// nothing to publish
		mvc.perform(post("/handbooks/{id}/publish", handbook.id()).with(authentication(moraEditor)).with(csrf()))
			.andExpect(redirectedUrl("/handbooks/" + handbook.id() + "#publish"));
		assertThat(SystemUser.call(() -> handbooks.editions(handbook.id()))).isEmpty();
	}

	@Test
	void theHandbookFormAsksForTheOwnerAndEditsAtTheVersionItWasRead() throws Exception {
		Authentication moraEditor = TestAuthentication.editorOf(mora.id());
		Document empty = FormPage.parse(mvc.perform(get("/handbooks/new").with(authentication(moraEditor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(empty.select("form[action=/handbooks/new] select#ownerOrganisationId[required] option")).isNotEmpty();
		assertThat(empty.select("input[name=version], form[action$=/delete]")).isEmpty();
		Handbook handbook = handbook("Handbok " + token(), mora.id());
		Document edit = FormPage.parse(mvc.perform(get("/handbooks/{id}/edit", handbook.id()).with(authentication(moraEditor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(edit.select("form[action=/handbooks/" + handbook.id() + "/edit] input[name=version]")).hasSize(1);
		assertThat(edit.select("form[action=/handbooks/" + handbook.id() + "/delete][data-confirm]")).hasSize(1);
		assertThat(edit.select("form a[href=/handbooks/" + handbook.id() + "]").text()).isEqualTo("Avbryt");
	}

	@Test
	void onlyTheOwnersEditorsChangeAHandbookAndAnonymousVisitorsSeeOnlyPublishedEditions() throws Exception {
		Handbook handbook = handbook("Handbok " + token(), mora.id());
		Authentication falunEditor = TestAuthentication.editorOf(falun.id());
		mvc.perform(post("/handbooks/{id}/chapters", handbook.id()).with(authentication(falunEditor)).with(csrf())
			.param("kind", "TEXT").param("title", "Falun").param("body", "Text"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/handbooks/{id}/publish", handbook.id()).with(authentication(falunEditor)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/handbooks/{id}/edit", handbook.id()).with(authentication(falunEditor)).with(csrf())
			.param("title", "Ändrad").param("ownerOrganisationId", String.valueOf(mora.id())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/handbooks/{id}", handbook.id()).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk());
		mvc.perform(post("/handbooks/{id}/publish", handbook.id()).with(authentication(TestAuthentication.reader()))
			.with(csrf()))
			.andExpect(status().isForbidden());

		// not published: nothing for anonymous visitors
		mvc.perform(get("/handbooks/{id}/published", handbook.id())).andExpect(status().isNotFound());
		mvc.perform(get("/handbooks/{id}/preview", handbook.id())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/handbooks/{id}/editions", handbook.id())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/handbooks/{id}", handbook.id())).andExpect(status().isUnauthorized());
		String list = mvc.perform(get("/handbooks")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain(handbook.title());
	}

	@Test
	void theApiComposesPublishesAndRefusesBadChaptersWholly() throws Exception {
		Authentication falunEditor = TestAuthentication.editorOf(falun.id());
		WorkingMethod method = method("Frågeklassning " + token(), falun.id());
		String title = "API-handbok " + token();
		String body = """
				{"title": "%s", "ownerOrganisationId": %d, "foreword": "Förord",
				 "chapters": [{"kind": "METHOD", "methodId": %d}, {"kind": "TEXT", "title": "Lärdomar", "body": "- Lokala förutsättningar"}]}"""
			.formatted(title, falun.id(), method.id());
		String created = mvc.perform(post("/api/v1/handbooks").with(authentication(falunEditor))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.chapters.length()").value(2))
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));

		String bad = """
				{"title": "%s", "ownerOrganisationId": %d,
				 "chapters": [{"kind": "TEXT", "title": "Bara en"}, {"kind": "TEXT"}]}""".formatted(title, falun.id());
		mvc.perform(put("/api/v1/handbooks/{id}", id).with(authentication(falunEditor))
			.contentType(MediaType.APPLICATION_JSON).content(bad))
			.andExpect(status().isBadRequest());
		assertThat(SystemUser.call(() -> handbooks.get(id)).chapters()).hasSize(2);

		mvc.perform(post("/api/v1/handbooks/{id}/editions", id).with(authentication(falunEditor)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.editionNumber").value(1));
		mvc.perform(get("/api/v1/handbooks/{id}/editions", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].editionNumber").value(1));
		mvc.perform(get("/api/v1/handbooks/{id}/editions/latest", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.chapters[1].title").value("Lärdomar"));
		mvc.perform(get("/api/v1/handbooks"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.title == '%s')]".formatted(title)).exists());
	}

}
