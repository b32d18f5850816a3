package se.regionrum.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The REST API has CSRF protection off, which is safe only because it ignores the page session: a
 * request that carries a signed-in page session cookie (as a forged cross-site request would) is
 * not signed in to the API; only HTTP Basic signs in there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatelessApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aPageSessionDoesNotSignInToTheApi() throws Exception {
		Cookie session = SessionCookie.of(mvc
			.perform(post("/login").with(csrf()).param("username", "admin").param("password", "test-admin-password"))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		mvc.perform(get("/admin/audit").cookie(session)).andExpect(status().isOk());

		String series = "{\"kind\": \"SEMINAR_SERIES\", \"title\": \"Förfalskad serie\"}";
		mvc.perform(post("/api/v1/series").cookie(session).contentType(MediaType.APPLICATION_JSON).content(series))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/series").with(httpBasic("admin", "test-admin-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"SEMINAR_SERIES\", \"title\": \"\"}"))
			.andExpect(status().isBadRequest());
	}

}
