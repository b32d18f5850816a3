package se.regionrum.initiatives.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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

import se.regionrum.initiatives.FundingSource;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.initiatives.InitiativesTestBase;
import se.regionrum.initiatives.funding.FundingForm;
import se.regionrum.initiatives.funding.FundingLine;
import se.regionrum.initiatives.funding.FundingService;
import se.regionrum.initiatives.obstacle.Obstacle;
import se.regionrum.initiatives.obstacle.ObstacleForm;
import se.regionrum.initiatives.obstacle.ObstacleKind;
import se.regionrum.initiatives.obstacle.ObstacleRemover;
import se.regionrum.initiatives.obstacle.ObstacleService;
import se.regionrum.initiatives.obstacle.ObstacleStatus;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * An editor changes only their own organisation's initiatives, with their obstacles and
 * funding; through pages and API alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InitiativePermissionTest extends InitiativesTestBase {

	@Autowired
	ObstacleService obstacles;

	@Autowired
	FundingService funding;

	Initiative moraInitiative;

	Obstacle moraObstacle;

	FundingLine moraFunding;

	Authentication falunEditor;

	Authentication moraEditor;

	@BeforeEach
	void moraData() {
		moraInitiative = InitiativesFixtures.create(initiatives, "Mora-initiativ " + token(), mora.id(),
				List.of(mora.id()), true);
		moraObstacle = SystemUser.call(() -> obstacles.create(moraInitiative.id(), new ObstacleForm(
				ObstacleKind.FINANCING, "Medfinansiering saknas", null, ObstacleRemover.REGION, ObstacleStatus.OPEN,
				null, null, null)));
		moraFunding = SystemUser.call(() -> funding.create(moraInitiative.id(),
				new FundingForm(FundingSource.MUNICIPAL, 2025, 100_000L, 50_000L, 0L, "KS 1", null)));
		falunEditor = TestAuthentication.editorOf(falun.id());
		moraEditor = TestAuthentication.editorOf(mora.id());
	}

	private String initiativeJson(long owner, String title) {
		return """
				{"title": "%s", "ownerOrganisationId": %d, "level": "LOCAL", "status": "IDEA",
				 "placeKind": "MUNICIPALITIES", "municipalityIds": [%d], "published": true}"""
			.formatted(title, owner, mora.id());
	}

	@Test
	void falunEditorCannotChangeMorasInitiativeThroughThePages() throws Exception {
		mvc.perform(post("/initiatives/{id}/edit", moraInitiative.id()).with(authentication(falunEditor)).with(csrf())
			.param("title", "Ändrad av Falun")
			.param("ownerOrganisationId", String.valueOf(mora.id()))
			.param("level", "LOCAL")
			.param("placeKind", "MUNICIPALITIES")
			.param("municipalityIds", String.valueOf(mora.id())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/initiatives/{id}/status", moraInitiative.id()).with(authentication(falunEditor)).with(csrf())
			.param("status", "STOPPED"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/initiatives/{id}/edit", moraInitiative.id()).with(authentication(falunEditor)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/initiatives/{id}/obstacles/new", moraInitiative.id()).with(authentication(falunEditor)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/initiatives/new").with(authentication(TestAuthentication.reader())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/initiatives/new").with(authentication(falunEditor))).andExpect(status().isOk());
		mvc.perform(post("/initiatives/{id}/delete", moraInitiative.id()).with(authentication(falunEditor)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/initiatives/{id}/obstacles/new", moraInitiative.id()).with(authentication(falunEditor))
			.with(csrf()).param("kind", "OTHER").param("title", "Falun-hinder").param("remover", "REGION")
			.param("status", "OPEN"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/obstacles/{id}/edit", moraObstacle.id()).with(authentication(falunEditor)).with(csrf())
			.param("kind", "OTHER").param("title", "Ändrat").param("remover", "REGION").param("status", "REMOVED"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/initiatives/{id}/funding/new", moraInitiative.id()).with(authentication(falunEditor))
			.with(csrf()).param("source", "PRIVATE").param("fundingYear", "2025"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/funding/{id}/delete", moraFunding.id()).with(authentication(falunEditor)).with(csrf()))
			.andExpect(status().isForbidden());
		Initiative after = initiatives.get(moraInitiative.id());
		assertThat(after.title()).isEqualTo(moraInitiative.title());
		assertThat(after.status()).isEqualTo(InitiativeStatus.IDEA);
		assertThat(obstacles.get(moraObstacle.id()).status()).isEqualTo(ObstacleStatus.OPEN);
		assertThat(funding.ofInitiative(moraInitiative.id())).hasSize(1);
	}

	@Test
	void falunEditorCannotChangeMorasInitiativeThroughTheApi() throws Exception {
		mvc.perform(put("/api/v1/initiatives/{id}", moraInitiative.id()).with(authentication(falunEditor))
			.contentType(MediaType.APPLICATION_JSON).content(initiativeJson(mora.id(), "Ändrad via API")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/initiatives/{id}/status", moraInitiative.id()).with(authentication(falunEditor))
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"STOPPED\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/initiatives/{id}", moraInitiative.id()).with(authentication(falunEditor)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/initiatives").with(authentication(falunEditor)).contentType(MediaType.APPLICATION_JSON)
			.content(initiativeJson(mora.id(), "Falun skapar åt Mora")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/initiatives/{id}/obstacles", moraInitiative.id()).with(authentication(falunEditor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"OTHER\", \"title\": \"x\", \"remover\": \"REGION\", \"status\": \"OPEN\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/obstacles/{id}", moraObstacle.id()).with(authentication(falunEditor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"OTHER\", \"title\": \"x\", \"remover\": \"REGION\", \"status\": \"REMOVED\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/obstacles/{id}", moraObstacle.id()).with(authentication(falunEditor)))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/funding/{id}", moraFunding.id()).with(authentication(falunEditor))
			.contentType(MediaType.APPLICATION_JSON).content("{\"source\": \"PRIVATE\", \"fundingYear\": 2025}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/initiatives/{id}/funding", moraInitiative.id()).with(authentication(falunEditor))
			.contentType(MediaType.APPLICATION_JSON).content("{\"source\": \"PRIVATE\", \"fundingYear\": 2025}"))
			.andExpect(status().isForbidden());
		assertThat(initiatives.get(moraInitiative.id()).title()).isEqualTo(moraInitiative.title());
		assertThat(obstacles.get(moraObstacle.id()).title()).isEqualTo("Medfinansiering saknas");
		assertThat(funding.get(moraFunding.id()).source()).isEqualTo(FundingSource.MUNICIPAL);
	}

	@Test
	void moraEditorChangesMorasInitiativeAndItsObstaclesAndFunding() throws Exception {
		mvc.perform(put("/api/v1/initiatives/{id}", moraInitiative.id()).with(authentication(moraEditor))
			.contentType(MediaType.APPLICATION_JSON).content(initiativeJson(mora.id(), "Ändrad av Mora")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Ändrad av Mora"));
		mvc.perform(put("/api/v1/obstacles/{id}", moraObstacle.id()).with(authentication(moraEditor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"FINANCING\", \"title\": \"Löst\", \"remover\": \"REGION\", \"status\": \"REMOVED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.removedOn").isNotEmpty());
		mvc.perform(put("/api/v1/funding/{id}", moraFunding.id()).with(authentication(moraEditor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"source\": \"MUNICIPAL\", \"fundingYear\": 2025, \"amountApplied\": 100000, \"amountGranted\": 100000}"))
			.andExpect(status().isOk());
		// but cannot hand the initiative over to Falun
		mvc.perform(put("/api/v1/initiatives/{id}", moraInitiative.id()).with(authentication(moraEditor))
			.contentType(MediaType.APPLICATION_JSON).content(initiativeJson(falun.id(), "Till Falun")))
			.andExpect(status().isForbidden());
	}

	@Test
	void readersAndAnonymousChangeNothing() throws Exception {
		mvc.perform(put("/api/v1/initiatives/{id}", moraInitiative.id()).with(authentication(TestAuthentication.reader()))
			.contentType(MediaType.APPLICATION_JSON).content(initiativeJson(mora.id(), "Läsare")))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/initiatives/{id}", moraInitiative.id()).contentType(MediaType.APPLICATION_JSON)
			.content(initiativeJson(mora.id(), "Anonym")))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/initiatives/{id}/status", moraInitiative.id()).with(csrf()).param("status", "STOPPED"))
			.andExpect(status().is3xxRedirection());
		assertThat(initiatives.get(moraInitiative.id()).status()).isEqualTo(InitiativeStatus.IDEA);
	}

}
