package se.regionrum.platform.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused because too many attempts failed for the account name or from the client
 * address, whether or not the account exists. A {@link LockedException}, so that Spring Security
 * publishes it as a failure (the audit log records it) and stops at once.
 */
class SignInThrottledException extends LockedException {

	private final Duration retryAfter;

	SignInThrottledException(Duration retryAfter) {
		super("Too many failed sign-in attempts");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return retryAfter;
	}

}
