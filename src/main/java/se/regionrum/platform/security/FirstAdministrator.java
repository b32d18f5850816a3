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

import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.Role;
import se.regionrum.platform.SystemUser;

/** Creates the first administrator on an empty database; never a fixed default password. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AdminProperties properties;

	private final AuditLog audit;

	FirstAdministrator(UserAccountRepository accounts, PasswordEncoder encoder, AdminProperties properties,
			AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
		this.encoder = encoder;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean given = properties.password() != null && !properties.password().isBlank();
		if (properties.resetPassword()) {
			resetPassword(given);
			return;
		}
		if (accounts.count() > 0) {
			return;
		}
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

	private void resetPassword(boolean given) {
		if (!given) {
			throw new IllegalStateException("REGIONRUM_ADMIN_RESET needs REGIONRUM_ADMIN_PASSWORD: the new password");
		}
		UserAccount account = accounts.findByUsernameIgnoreCase(properties.username())
			.orElseGet(() -> new UserAccount(null, null, properties.username(), "Administratör", null, null, Role.ADMIN,
					null, true, false, Instant.now()));
		accounts.save(new UserAccount(account.id(), account.version(), account.username(), account.displayName(),
				account.email(), encoder.encode(properties.password()), Role.ADMIN, null, true, false,
				account.createdAt()));
		SystemUser.run(() -> audit.event("user", accounts.findByUsernameIgnoreCase(properties.username()).orElseThrow().id(),
				AuditAction.UPDATE, "audit.detail.passwordResetAtStart"));
		log.warn("The password of administrator '{}' was reset from REGIONRUM_ADMIN_PASSWORD (REGIONRUM_ADMIN_RESET=true);"
				+ " remove REGIONRUM_ADMIN_RESET before the next start", properties.username());
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
