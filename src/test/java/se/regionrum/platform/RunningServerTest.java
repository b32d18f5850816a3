package se.regionrum.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import se.regionrum.platform.security.UserAccount;
import se.regionrum.platform.security.UserAccountRepository;

/**
 * The real app on a random port, for what MockMvc cannot show: error pages and problems come from
 * the container's error dispatch. The settings are small (uploads above 1 kB are refused, three
 * failed sign-ins lock an account, eight a client address) and the context is shared by the tests
 * that extend this class. Sign-in tests that fail on purpose use MockMvc with made-up client
 * addresses, so that requests from 127.0.0.1 (the HTTP client here) keep working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "regionrum.uploads.ordinary-max-size=1KB", "regionrum.sign-in.account-failures=3",
				"regionrum.sign-in.address-failures=8" })
@AutoConfigureMockMvc
@Import(RunningServerTest.FailingEndpoints.class)
public abstract class RunningServerTest {

	protected static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	@LocalServerPort
	protected int port;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected UserAccountRepository accounts;

	@Autowired
	protected PasswordEncoder encoder;

	protected final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	protected HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
	}

	protected HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	protected static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** A new account; {@code oneTime} makes its password one that must be changed at first sign-in. */
	protected UserAccount account(String username, String password, Role role, boolean oneTime) {
		accounts.findByUsernameIgnoreCase(username).ifPresent(accounts::delete);
		return accounts.save(new UserAccount(null, null, username, "Test " + username, null, encoder.encode(password),
				role, null, true, oneTime, Instant.now()));
	}

	/** A page and an API endpoint that fail as a bug would, open to anyone. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FailingEndpoints {

		/** Registered as a member class of this configuration. */
		@Controller
		static class Failing {

			@GetMapping("/test-failure")
			String page() {
				throw new IllegalStateException("secret internal detail");
			}

			@GetMapping("/api/v1/test-failure")
			@ResponseBody
			String api() {
				throw new IllegalStateException("secret internal detail");
			}

		}

		@Bean
		PublicPaths failingPaths() {
			return new PublicPaths(List.of("/test-failure"), List.of(), List.of("/api/v1/test-failure"));
		}

	}

}
