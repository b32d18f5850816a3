package se.regionrum.strategy.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;
import se.regionrum.strategy.InitiativeDirectory;

/** Issues link to development initiatives by choosing them on the issue form; the page names them. */
@SpringBootTest
@AutoConfigureMockMvc
class IssueInitiativeLinkTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	InitiativeDirectory initiatives;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theIssueFormOffersInitiativesAndAnonymousVisitorsSeePublishedOnes() throws Exception {
		List<InitiativeDirectory.Option> all = SystemUser.call(initiatives::linkable);
		assertThat(all).isNotEmpty();
		long published = jdbc.sql("select count(*) from initiative where published = true").query(Long.class).single();
		assertThat(initiatives.linkable()).hasSize((int) published);

		String form = mvc.perform(get("/issues/new").with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("name=\"initiativeIds\"")
			.contains(org.springframework.web.util.HtmlUtils.htmlEscape(all.get(0).title(), "UTF-8"));

		long id = all.get(0).id();
		assertThat(SystemUser.call(() -> initiatives.titles(List.of(id)))).containsEntry(id, all.get(0).title());
	}

}
