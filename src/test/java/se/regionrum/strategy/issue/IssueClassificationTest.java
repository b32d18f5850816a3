package se.regionrum.strategy.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;
import se.regionrum.strategy.StrategyFixtures;

/**
 * Issues classified on the three questions of seed 004, sorted by the answers; the rules between
 * the answers; links to goals, municipalities and (by id) initiatives.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StrategyFixtures.class)
class IssueClassificationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StrategyFixtures data;

	@Autowired
	IssueService issues;

	long owner;

	String prefix;

	@BeforeEach
	void owner() {
		owner = data.organisation("Sakfrågetest region", OrganisationKind.REGION, "95");
		prefix = "Klass" + System.nanoTime() + " ";
	}

	private Issue issue(String title, Answer placeBound, Answer regionalLevel, RegionRole role) {
		return SystemUser.call(() -> issues.create(new IssueForm(prefix + title, "", owner, placeBound, regionalLevel, role,
				"", true, List.of(), List.of(), List.of(17L, 42L))));
	}

	@Test
	void sortsIssuesByTheAnswersToTheThreeQuestions() {
		issue("Sektor", Answer.NO, Answer.YES, RegionRole.KNOWLEDGE);
		issue("Delvis platsbunden", Answer.PARTLY, Answer.YES, RegionRole.COORDINATION);
		issue("Platsbunden kunskap", Answer.YES, Answer.YES, RegionRole.KNOWLEDGE);
		issue("Platsbunden samordning", Answer.YES, Answer.YES, RegionRole.COORDINATION);
		issue("Lokal", Answer.YES, Answer.NO, null);
		issue("Ingen", Answer.NO, Answer.NO, null);
		issue("Obedömd", null, Answer.YES, null);

		Map<IssueClass, List<IssueSummary>> classes = issues.classification(
				new IssueFilter(prefix, null, null, null, null, null, null, null));
		assertThat(classes.keySet()).containsExactly(IssueClass.values());
		assertThat(classes.get(IssueClass.REGIONAL_TERRITORIAL)).extracting(i -> i.title().substring(prefix.length()))
			.containsExactly("Platsbunden samordning", "Platsbunden kunskap", "Delvis platsbunden");
		assertThat(classes.get(IssueClass.REGIONAL_SECTORAL)).extracting(i -> i.title().substring(prefix.length()))
			.containsExactly("Sektor");
		assertThat(classes.get(IssueClass.LOCAL_TERRITORIAL)).hasSize(1);
		assertThat(classes.get(IssueClass.OTHER)).hasSize(1);
		assertThat(classes.get(IssueClass.NOT_ASSESSED)).hasSize(1);
	}

	@Test
	void aRoleForTheRegionNeedsWorkAtRegionalLevel() throws Exception {
		String page = mvc.perform(post("/issues/new").with(authentication(TestAuthentication.admin())).with(csrf())
			.param("title", prefix + "Motsägelse")
			.param("ownerOrganisationId", String.valueOf(owner))
			.param("placeBound", "YES")
			.param("regionalLevel", "NO")
			.param("regionRole", "COORDINATION"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Formuläret innehåller fel")
			.contains("En sakfråga som inte behöver hanteras på regional nivå har ingen regional aspekt.");
		mvc.perform(post("/issues/new").with(authentication(TestAuthentication.admin())).with(csrf())
			.param("ownerOrganisationId", String.valueOf(owner)))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("Ange sakfrågan."));
	}

	@Test
	void keepsInitiativeLinksWhenThePageSavesAndTheApiSetsThem() throws Exception {
		Issue issue = issue("Initiativ", Answer.YES, Answer.YES, RegionRole.COORDINATION);
		mvc.perform(post("/issues/{id}/edit", issue.id()).with(authentication(TestAuthentication.admin())).with(csrf())
			.param("title", issue.title())
			.param("ownerOrganisationId", String.valueOf(owner))
			.param("placeBound", "PARTLY")
			.param("regionalLevel", "YES"))
			.andExpect(status().is3xxRedirection());
		assertThat(issues.details(issues.get(issue.id())).initiativeIds()).containsExactly(17L, 42L);
		mvc.perform(put("/api/v1/issues/{id}", issue.id()).with(authentication(TestAuthentication.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"" + issue.title() + "\", \"ownerOrganisationId\": " + owner
					+ ", \"placeBound\": \"YES\", \"regionalLevel\": \"YES\", \"published\": true, \"initiativeIds\": [5]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.initiativeIds[0]").value(5))
			.andExpect(jsonPath("$.classification").value("REGIONAL_TERRITORIAL"));
		mvc.perform(get("/api/v1/issues/classification")).andExpect(status().isOk())
			.andExpect(jsonPath("$.REGIONAL_TERRITORIAL").isArray());
	}

}
