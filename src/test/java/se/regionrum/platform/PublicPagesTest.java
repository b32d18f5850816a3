package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** What anyone can do without an account: read the statement, report a problem, get clear error pages. */
@SpringBootTest
@AutoConfigureMockMvc
class PublicPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anyoneCanReportAnAccessibilityProblem() throws Exception {
		mvc.perform(post("/accessibility/report").with(csrf())
			.param("pageUrl", "/map")
			.param("description", "Kartan går inte att zooma med tangentbordet")
			.param("email", ""))
			.andExpect(redirectedUrl("/accessibility"));
		String reports = mvc.perform(get("/admin/accessibility-reports").with(authentication(TestAuthentication.admin())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(reports).contains("Kartan går inte att zooma med tangentbordet");
	}

	@Test
	void emptyReportIsRefusedWithASwedishMessage() throws Exception {
		String page = mvc.perform(post("/accessibility/report").with(csrf()).param("description", " "))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Beskriv problemet.").doesNotContain("{accessibility").doesNotContain("{platform");
	}

	@Test
	void statementNamesComplianceSupervisorAndDate() throws Exception {
		String page = mvc.perform(get("/accessibility")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("delvis förenlig").contains("https://www.digg.se/tdosanmalan")
			.contains("24 november 2026").contains("mailto:");
	}

	@Test
	void errorPagesSpeakSwedishWithoutRawKeys() throws Exception {
		mvc.perform(get("/organisations/999999")).andExpect(status().isNotFound());
		// MockMvc does not forward to the error page as a servlet container does; ask it directly.
		String page = mvc.perform(get("/error").accept(org.springframework.http.MediaType.TEXT_HTML).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/finns-inte"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Sidan finns inte").doesNotContain("??");
	}

	@Test
	void aPageBeyondTheLastShowsTheLastPage() throws Exception {
		String page = mvc.perform(get("/organisations").param("page", "99")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		java.util.regex.Matcher shown = java.util.regex.Pattern.compile("Visar ([\\d\u00a0 ]+)–([\\d\u00a0 ]+) av ([\\d\u00a0 ]+)")
			.matcher(page);
		assertThat(shown.find()).isTrue();
		long first = Long.parseLong(shown.group(1).replaceAll("\\D", ""));
		long last = Long.parseLong(shown.group(2).replaceAll("\\D", ""));
		long total = Long.parseLong(shown.group(3).replaceAll("\\D", ""));
		assertThat(first).isLessThanOrEqualTo(last);
		assertThat(last).isEqualTo(total);
	}

}
