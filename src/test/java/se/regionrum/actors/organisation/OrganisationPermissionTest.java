package se.regionrum.actors.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.platform.TestAuthentication;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who may change an organisation is decided on the server: an editor of Falun cannot change
 * Mora, through the pages or the API; readers and anonymous visitors change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationPermissionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationRepository repository;

	@Autowired
	OrganisationService service;

	@Autowired
	JsonMapper json;

	Organisation falun;

	Organisation mora;

	@BeforeEach
	void municipalities() {
		falun = OrganisationFixtures.municipality(repository, service, "2080", "Falu kommun");
		mora = OrganisationFixtures.municipality(repository, service, "2062", "Mora kommun");
	}

	private String json(Organisation o, String description) {
		return """
				{"name": "%s", "kind": "MUNICIPALITY", "scbCode": "%s", "countyCode": "20", "population": %d,
				 "populationYear": 2024, "description": "%s"}""".formatted(o.name(), o.scbCode(), o.population(),
				description);
	}

	@Test
	void falunEditorCannotEditMoraThroughThePage() throws Exception {
		mvc.perform(post("/organisations/{id}/edit", mora.id()).with(authentication(TestAuthentication.editorOf(falun.id())))
			.with(csrf())
			.param("name", mora.name())
			.param("kind", "MUNICIPALITY")
			.param("scbCode", "2062")
			.param("countyCode", "20")
			.param("description", "Ändrad av Falun"))
			.andExpect(status().isForbidden());
		assertThat(repository.findById(mora.id()).orElseThrow().description()).isNotEqualTo("Ändrad av Falun");
	}

	@Test
	void falunEditorDoesNotEvenGetMorasEditForm() throws Exception {
		mvc.perform(get("/organisations/{id}/edit", mora.id()).with(authentication(TestAuthentication.editorOf(falun.id()))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/organisations/{id}/edit", falun.id()).with(authentication(TestAuthentication.editorOf(falun.id()))))
			.andExpect(status().isOk());
	}

	@Test
	void falunEditorCannotEditOrDeleteMoraThroughTheApi() throws Exception {
		mvc.perform(put("/api/v1/organisations/{id}", mora.id()).with(authentication(TestAuthentication.editorOf(falun.id())))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(mora, "Ändrad via API")))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/organisations/{id}", mora.id()).with(authentication(TestAuthentication.editorOf(falun.id()))))
			.andExpect(status().isForbidden());
		assertThat(repository.findById(mora.id())).isPresent();
	}

	@Test
	void falunEditorMayEditFalun() throws Exception {
		String current = mvc.perform(get("/api/v1/organisations/{id}", falun.id())).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		ObjectNode body = (ObjectNode) json.readTree(current);
		String description = body.path("description").asString("");
		body.put("description", "Dalarnas residensstad");
		mvc.perform(put("/api/v1/organisations/{id}", falun.id()).with(authentication(TestAuthentication.editorOf(falun.id())))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.description").value("Dalarnas residensstad"))
			.andExpect(jsonPath("$.centralTown").value(falun.centralTown()));
		body.put("description", description);
		mvc.perform(put("/api/v1/organisations/{id}", falun.id()).with(authentication(TestAuthentication.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.toString()))
			.andExpect(status().isOk());
	}

	@Test
	void editorCannotCreateOrganisations() throws Exception {
		mvc.perform(post("/organisations/new").with(authentication(TestAuthentication.editorOf(falun.id())))
			.with(csrf())
			.param("name", "Falun-skapad organisation")
			.param("kind", "COMPANY"))
			.andExpect(status().isForbidden());
		assertThat(repository.findByNameIgnoreCase("Falun-skapad organisation")).isEmpty();
	}

	@Test
	void readerWritesNothing() throws Exception {
		mvc.perform(post("/organisations/{id}/edit", falun.id()).with(authentication(TestAuthentication.reader()))
			.with(csrf())
			.param("name", falun.name())
			.param("kind", "MUNICIPALITY")
			.param("scbCode", "2080")
			.param("countyCode", "20"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/organisations/{id}/delete", falun.id()).with(authentication(TestAuthentication.reader()))
			.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousReadsPublishedDataButWritesNothing() throws Exception {
		mvc.perform(get("/organisations")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/organisations")).andExpect(status().isOk());
		mvc.perform(post("/organisations/new").with(csrf()).param("name", "Anonym").param("kind", "COMPANY"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		mvc.perform(post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Anonym\", \"kind\": \"COMPANY\"}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/organisations/new")).andExpect(status().is3xxRedirection());
		assertThat(repository.findByNameIgnoreCase("Anonym")).isEmpty();
	}

	@Test
	void adminPagesAreForAdministratorsOnly() throws Exception {
		for (String page : new String[] { "/admin", "/admin/users", "/admin/audit", "/boundaries/import",
				"/organisations/import", "/admin/accessibility-reports" }) {
			mvc.perform(get(page)).andExpect(status().is3xxRedirection());
			mvc.perform(get(page).with(authentication(TestAuthentication.editorOf(falun.id()))))
				.andExpect(status().isForbidden());
			mvc.perform(get(page).with(authentication(TestAuthentication.reader()))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/audit").with(authentication(TestAuthentication.admin()))).andExpect(status().isOk());
	}

	@Test
	void formPostsWithoutCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/organisations/{id}/edit", falun.id()).with(authentication(TestAuthentication.admin()))
			.param("name", "Utan token")
			.param("kind", "MUNICIPALITY"))
			.andExpect(status().isForbidden());
	}

	@Test
	void apiAcceptsBasicAuthOfTheFirstAdministrator() throws Exception {
		mvc.perform(get("/api/v1/organisations/{id}", falun.id()).with(httpBasic("admin", "test-admin-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scbCode").value("2080"));
		mvc.perform(post("/api/v1/organisations").with(httpBasic("admin", "wrong-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Fel lösenord AB\", \"kind\": \"COMPANY\"}"))
			.andExpect(status().isUnauthorized());
	}

}
