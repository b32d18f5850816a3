package se.regionrum.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created when no account exists. Without a password a random
 * one-time password is generated and written to the log once. With {@code resetPassword} the
 * named administrator gets the given password at start (a lost password, or no administrator
 * left who can sign in).
 */
@ConfigurationProperties("regionrum.admin")
record AdminProperties(String username, String password, boolean resetPassword) {

	AdminProperties {
		username = username == null || username.isBlank() ? "admin" : username.trim();
	}

}
