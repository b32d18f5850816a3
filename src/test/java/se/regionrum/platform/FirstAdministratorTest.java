package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.platform.security.UserAccount;
import se.regionrum.platform.security.UserAccountRepository;

/**
 * The first administrator comes from configuration; accounts with a one-time password must
 * choose their own before they can do anything else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FirstAdministratorTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void firstAdministratorHasTheConfiguredPasswordHashedWithAModernEncoder() {
		UserAccount admin = accounts.findByUsernameIgnoreCase("admin").orElseThrow();
		assertThat(admin.role()).isEqualTo(Role.ADMIN);
		assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain("test-admin-password");
		assertThat(encoder.matches("test-admin-password", admin.passwordHash())).isTrue();
		assertThat(admin.mustChangePassword()).isFalse();
	}

	@Test
	void oneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
		accounts.findByUsernameIgnoreCase("engangs").ifPresent(accounts::delete);
		accounts.save(new UserAccount(null, null, "engangs", "Engångs Användare", null,
				encoder.encode("engangslosenord-1"), Role.READER, null, true, true, Instant.now()));

		Cookie session = SessionCookie.of(mvc
			.perform(post("/login").with(csrf()).param("username", "engangs").param("password", "engangslosenord-1"))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		mvc.perform(get("/organisations").cookie(session)).andExpect(redirectedUrl("/account/password"));

		mvc.perform(post("/account/password").cookie(session).with(csrf())
			.param("currentPassword", "engangslosenord-1")
			.param("newPassword", "kort")
			.param("confirmation", "kort"))
			.andExpect(status().isOk());
		mvc.perform(post("/account/password").cookie(session).with(csrf())
			.param("currentPassword", "engangslosenord-1")
			.param("newPassword", "ett-eget-langt-losenord")
			.param("confirmation", "ett-eget-langt-losenord"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/organisations").cookie(session)).andExpect(status().isOk());
		assertThat(accounts.findByUsernameIgnoreCase("engangs").orElseThrow().mustChangePassword()).isFalse();
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "gissning"))
			.andExpect(redirectedUrl("/login?error"));
	}

}
