package se.regionrum.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.regionrum.platform.Role;
import se.regionrum.platform.RunningServerTest;

/**
 * Password guessing is throttled per account name and per client address, on the sign-in form and
 * HTTP Basic together (three failures lock an account here, eight an address): once locked, even
 * the right password is refused for a while, with a message that does not tell whether the account
 * exists; refusals are audited.
 */
class SignInThrottleTest extends RunningServerTest {

	@Autowired
	JdbcClient jdbc;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private ResultActions form(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", username)
			.param("password", password));
	}

	private ResultActions basicCall(String username, String password, String address) throws Exception {
		return mvc.perform(get("/api/v1/people").with(httpBasic(username, password)).with(from(address)));
	}

	@Test
	void theFormLocksAnAccountAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
		String name = "gissad-" + RUN;
		account(name, "ratt-losenord-1", Role.READER, false);
		for (int i = 0; i < 3; i++) {
			form(name, "fel-" + i, "10.9.0.1").andExpect(redirectedUrl("/login?error"));
		}
		form(name, "ratt-losenord-1", "10.9.0.1").andExpect(redirectedUrl("/login?throttled"));
		// from another address too: the account is locked, not only the address
		form(name, "ratt-losenord-1", "10.9.0.11").andExpect(redirectedUrl("/login?throttled"));

		String page = mvc.perform(get("/login").param("throttled", "")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("För många misslyckade inloggningsförsök. Vänta några minuter");
		String english = mvc.perform(get("/login").param("throttled", "").cookie(new Cookie("regionrum-lang", "en")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("Too many failed sign-in attempts");

		List<String> audited = jdbc.sql("select detail from audit_entry where detail_arguments like :name order by id")
			.param("name", "%" + name + "%").query(String.class).list();
		assertThat(audited).containsSubsequence("audit.detail.signInFailedFrom", "audit.detail.signInFailedFrom",
				"audit.detail.signInFailedFrom", "audit.detail.signInThrottled");
		assertThat(jdbc.sql("select count(*) from audit_entry where detail_arguments like :name and detail_arguments like '%10.9.0.1%'")
			.param("name", "%" + name + "%").query(Long.class).single()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void anAccountThatDoesNotExistIsLockedTheSameWay() throws Exception {
		String name = "finns-inte-" + RUN;
		for (int i = 0; i < 3; i++) {
			form(name, "fel-" + i, "10.9.0.2").andExpect(redirectedUrl("/login?error"));
		}
		form(name, "vad-som-helst", "10.9.0.2").andExpect(redirectedUrl("/login?throttled"));
	}

	@Test
	void httpBasicAndTheFormShareTheCount() throws Exception {
		String name = "basic-" + RUN;
		account(name, "ratt-losenord-2", Role.READER, false);
		form(name, "fel-1", "10.9.0.3").andExpect(redirectedUrl("/login?error"));
		form(name, "fel-2", "10.9.0.3").andExpect(redirectedUrl("/login?error"));
		basicCall(name, "fel-3", "10.9.0.3").andExpect(status().isUnauthorized());
		basicCall(name, "ratt-losenord-2", "10.9.0.3").andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9]\\d*")));
		form(name, "ratt-losenord-2", "10.9.0.3").andExpect(redirectedUrl("/login?throttled"));
	}

	@Test
	void theApiSaysWhyInAProblem() throws Exception {
		// through the real server (from 127.0.0.1): three failures use three of the address's eight
		String name = "api-gissning-" + RUN;
		for (int i = 0; i < 3; i++) {
			assertThat(send(request("/api/v1/people").header("Authorization", basic(name, "fel-" + i))).statusCode())
				.isEqualTo(401);
		}
		HttpResponse<String> refused = send(request("/api/v1/people").header("Authorization", basic(name, "fel-4")));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("För många misslyckade inloggningsförsök");
	}

	@Test
	void oneAddressIsLockedAcrossAccounts() throws Exception {
		String name = "adress-" + RUN;
		account(name, "ratt-losenord-3", Role.READER, false);
		for (int i = 0; i < 8; i++) {
			form("prov-" + i + "-" + RUN, "fel", "10.9.0.4").andExpect(redirectedUrl("/login?error"));
		}
		form(name, "ratt-losenord-3", "10.9.0.4").andExpect(redirectedUrl("/login?throttled"));
		basicCall(name, "ratt-losenord-3", "10.9.0.4").andExpect(status().isTooManyRequests());
		// the account itself is not locked: from elsewhere its owner signs in
		form(name, "ratt-losenord-3", "10.9.0.5").andExpect(redirectedUrl("/"));
	}

	@Test
	void aSuccessfulSignInClearsTheAccountsCount() throws Exception {
		String name = "slarvig-" + RUN;
		account(name, "ratt-losenord-4", Role.READER, false);
		for (int round = 0; round < 3; round++) {
			form(name, "fel-a", "10.9.0.6").andExpect(redirectedUrl("/login?error"));
			form(name, "fel-b", "10.9.0.6").andExpect(redirectedUrl("/login?error"));
			form(name, "ratt-losenord-4", "10.9.0.6").andExpect(redirectedUrl("/"));
		}
	}

}
