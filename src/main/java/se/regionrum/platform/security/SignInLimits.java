package se.regionrum.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins (form and HTTP Basic together) are allowed before further attempts
 * are refused for a while: per account name and per client address. The allowance comes back
 * gradually: after a lock, one attempt every {@code period / failures}, the whole allowance after
 * {@code period} without failures.
 *
 * @param accountFailures failed attempts allowed per account name (known or not) within the period
 * @param accountPeriod the period over which the account allowance refills
 * @param addressFailures failed attempts allowed per client address within the period
 * @param addressPeriod the period over which the address allowance refills
 */
@ConfigurationProperties("regionrum.sign-in")
record SignInLimits(Integer accountFailures, Duration accountPeriod, Integer addressFailures, Duration addressPeriod) {

	SignInLimits {
		accountFailures = positive(accountFailures, 10);
		accountPeriod = positive(accountPeriod, Duration.ofMinutes(15));
		addressFailures = positive(addressFailures, 30);
		addressPeriod = positive(addressPeriod, Duration.ofMinutes(15));
	}

	private static int positive(Integer value, int fallback) {
		return value == null || value < 1 ? fallback : value;
	}

	private static Duration positive(Duration value, Duration fallback) {
		return value == null || value.isNegative() || value.isZero() ? fallback : value;
	}

}
