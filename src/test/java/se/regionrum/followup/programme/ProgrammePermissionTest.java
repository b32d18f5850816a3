package se.regionrum.followup.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * Editors change only their own organisation's programmes; readers read; visitors who are not
 * signed in see published programmes and their reports only, through pages and API alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammePermissionTest extends FollowupTestBase {

	@Test
	void falunEditorCannotChangeAMoraProgramme() throws Exception {
		Programme moraProgramme = programme("Moraprogram " + token(), mora.id(), true);
		var falunEditor = TestAuthentication.editorOf(falun.id());
		mvc.perform(get("/programmes/{id}/edit", moraProgramme.id()).with(authentication(falunEditor)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/programmes/{id}/edit", moraProgramme.id()).with(authentication(falunEditor)).with(csrf())
			.param("kind", "PROJECT").param("name", "Kapat").param("startDate", "2016-01-01")
			.param("endDate", "2019-12-31").param("status", "ONGOING").param("ownerOrganisationId", String.valueOf(falun.id())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/programmes/{id}/action-areas/new", moraProgramme.id()).with(authentication(falunEditor))
			.with(csrf()).param("name", "Insats")).andExpect(status().isForbidden());
		mvc.perform(post("/programmes/{id}/delete", moraProgramme.id()).with(authentication(falunEditor)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/programmes/{id}/action-areas", moraProgramme.id()).with(authentication(falunEditor))
			.contentType("application/json").content("{\"name\":\"Insats\"}")).andExpect(status().isForbidden());
		assertThat(SystemUser.call(() -> programmes.get(moraProgramme.id())).name()).startsWith("Moraprogram");
		assertThat(SystemUser.call(() -> areaService.actionAreas(moraProgramme.id()))).isEmpty();

		SecurityContextHolder.getContext().setAuthentication(falunEditor);
		try {
			assertThatThrownBy(() -> areaService.addActionArea(moraProgramme.id(), new ActionAreaForm("X", null, null)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> programmes.create(command("Falun för Mora", mora.id(), false)))
				.isInstanceOf(AccessDeniedException.class);
			assertThat(programmes.create(command("Falunprogram " + token(), falun.id(), false)).id()).isNotNull();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		var moraEditor = TestAuthentication.editorOf(mora.id());
		mvc.perform(post("/programmes/{id}/action-areas/new", moraProgramme.id()).with(authentication(moraEditor))
			.with(csrf()).param("name", "Servicelösningar i samverkan")).andExpect(status().is3xxRedirection());
	}

	@Test
	void readersReadButChangeNothing() throws Exception {
		Programme draft = programme("Utkast " + token(), mora.id(), false);
		var reader = TestAuthentication.reader();
		mvc.perform(get("/programmes/{id}", draft.id()).with(authentication(reader))).andExpect(status().isOk());
		mvc.perform(get("/programmes/{id}/edit", draft.id()).with(authentication(reader))).andExpect(status().isForbidden());
	}

	@Test
	void visitorsSeePublishedProgrammesAndTheirReportsOnly() throws Exception {
		String name = "Publicerat " + token();
		Programme published = programme(name, mora.id(), true);
		Programme draft = programme("Hemligt utkast " + token(), mora.id(), false);
		mvc.perform(get("/programmes")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(name)))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Hemligt utkast"))));
		mvc.perform(get("/programmes/{id}", published.id())).andExpect(status().isOk());
		mvc.perform(get("/programmes/{id}/report", published.id())).andExpect(status().isOk());
		mvc.perform(get("/programmes/{id}", draft.id())).andExpect(status().isNotFound());
		mvc.perform(get("/programmes/{id}/report", draft.id())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/programmes/{id}", draft.id())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/programmes/{id}", published.id())).andExpect(status().isOk());
		mvc.perform(get("/programmes/{id}/edit", published.id())).andExpect(status().is3xxRedirection());
		assertThat(programmes.list(ProgrammeFilter.none())).noneMatch(p -> p.id() == draft.id());
		assertThatThrownBy(() -> programmes.get(draft.id())).isInstanceOf(NotFoundException.class);
	}

}
