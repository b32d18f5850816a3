package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.mock.env.MockEnvironment;

/**
 * The public base URL: required with the postgres profile, localhost with the server's port on the
 * H2 demo, the old dialogue setting still read, and nothing but an absolute http(s) address taken.
 */
class PublicBaseUrlTest {

	@Test
	void configuredAddressIsNormalisedAndBuildsLinks() {
		MockEnvironment env = new MockEnvironment().withProperty(PublicBaseUrl.PROPERTY, " HTTPS://Regionrum.Example.org/region/ ");
		PublicBaseUrl base = new PublicBaseUrl(env);
		assertThat(base).hasToString("https://regionrum.example.org/region");
		assertThat(base.link("/registrations/abc")).isEqualTo("https://regionrum.example.org/region/registrations/abc");
		assertThat(base.host()).isEqualTo("regionrum.example.org");
		assertThat(PublicBaseUrl.of("http://127.0.0.1:8102").link("/p")).isEqualTo("http://127.0.0.1:8102/p");
	}

	@Test
	void requiredWithThePostgresProfile() {
		MockEnvironment env = new MockEnvironment();
		env.setActiveProfiles("postgres");
		assertThatThrownBy(() -> new PublicBaseUrl(env)).isInstanceOf(InvalidConfigurationPropertyValueException.class)
			.hasMessageContaining("regionrum.public-base-url")
			.satisfies(ex -> assertThat(((InvalidConfigurationPropertyValueException) ex).getReason())
				.contains("REGIONRUM_PUBLIC_BASE_URL"));
		env.setProperty(PublicBaseUrl.PROPERTY, "https://regionrum.example.org");
		assertThat(new PublicBaseUrl(env)).hasToString("https://regionrum.example.org");
	}

	@Test
	void theDemoFallsBackToLocalhostWithTheServerPort() {
		assertThat(new PublicBaseUrl(new MockEnvironment())).hasToString("http://localhost:8080");
		assertThat(new PublicBaseUrl(new MockEnvironment().withProperty("server.port", "8102")))
			.hasToString("http://localhost:8102");
	}

	@Test
	void theOldDialogueSettingIsStillRead() {
		MockEnvironment env = new MockEnvironment().withProperty("regionrum.dialogue.base-url", "https://old.example.org/");
		env.setActiveProfiles("postgres");
		assertThat(new PublicBaseUrl(env)).hasToString("https://old.example.org");
		env.setProperty(PublicBaseUrl.PROPERTY, "https://new.example.org");
		assertThat(new PublicBaseUrl(env)).hasToString("https://new.example.org");
	}

	@Test
	void onlyAbsoluteHttpAddressesAreTaken() {
		for (String bad : new String[] { "regionrum.example.org", "ftp://example.org", "https://example.org/?a=1",
				"https://example.org/#x", "https://user@example.org", "https://exa mple.org", "/regionrum" }) {
			MockEnvironment env = new MockEnvironment().withProperty(PublicBaseUrl.PROPERTY, bad);
			assertThatThrownBy(() -> new PublicBaseUrl(env)).as(bad)
				.isInstanceOf(InvalidConfigurationPropertyValueException.class);
		}
	}

}
