package se.regionrum.platform.security;

import java.security.SecureRandom;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import se.regionrum.platform.Role;

/** Creates the first administrator on an empty database; never a fixed default password. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AdminProperties properties;

	FirstAdministrator(UserAccountRepository accounts, PasswordEncoder encoder, AdminProperties properties) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		boolean given = properties.password() != null && !properties.password().isBlank();
		String password = given ? properties.password() : randomPassword();
		accounts.save(new UserAccount(null, null, properties.username(), "Administratör", null,
				encoder.encode(password), Role.ADMIN, null, true, !given, Instant.now()));
		if (given) {
			log.info("Created the first administrator '{}' with the password from REGIONRUM_ADMIN_PASSWORD",
					properties.username());
		}
		else {
			log.warn("""

					==================================================================
					 First administrator created: user '{}', one-time password: {}
					 Sign in at /login; you will be asked to choose a new password.
					==================================================================""",
					properties.username(), password);
		}
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
