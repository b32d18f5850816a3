package se.regionrum.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import se.regionrum.platform.Role;
import se.regionrum.platform.RunningServerTest;
import se.regionrum.platform.SessionCookie;

/**
 * A one-time password set by an administrator opens neither the pages nor the API: API calls are
 * refused with a problem that says what to do, until the owner has chosen a password.
 */
class OneTimePasswordApiTest extends RunningServerTest {

	@Test
	void theApiRefusesAOneTimePasswordUntilItIsChanged() throws Exception {
		String name = "engangs-api-" + RUN;
		account(name, "engangslosenord-1", Role.ADMIN, true);

		for (String path : new String[] { "/api/v1/people", "/api/v1/organisations" }) {
			HttpResponse<String> refused = send(request(path).header("Authorization", basic(name, "engangslosenord-1")));
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(refused.body()).contains("Byt först det tillfälliga lösenordet");
		}
		HttpResponse<String> english = send(request("/api/v1/people").header("Authorization", basic(name, "engangslosenord-1"))
			.header("Cookie", "regionrum-lang=en"));
		assertThat(english.body()).contains("First change the temporary password");

		Cookie session = SessionCookie.of(mvc
			.perform(post("/login").with(csrf()).param("username", name).param("password", "engangslosenord-1"))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		mvc.perform(post("/account/password").cookie(session).with(csrf())
			.param("currentPassword", "engangslosenord-1")
			.param("newPassword", "ett-eget-langt-losenord")
			.param("confirmation", "ett-eget-langt-losenord"))
			.andExpect(redirectedUrl("/"));

		assertThat(send(request("/api/v1/people").header("Authorization", basic(name, "ett-eget-langt-losenord")))
			.statusCode()).isEqualTo(200);
	}

}
