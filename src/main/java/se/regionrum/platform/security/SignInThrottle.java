package se.regionrum.platform.security;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name and per client address in token buckets (Bucket4j),
 * held in memory: every attempt takes a token from both buckets before the password is checked,
 * so parallel guesses cannot slip past the limit; a successful sign-in gives its tokens back and
 * clears the account's bucket. Names that do not exist are counted like real ones, so a refusal
 * says nothing about whether an account exists. Buckets that have refilled are forgotten once
 * many are held.
 */
@Component
class SignInThrottle {

	/** Above this many held buckets of one kind, refilled buckets are dropped. */
	static final int FORGET_ABOVE = 10_000;

	private final ConcurrentMap<String, Bucket> accounts = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, Bucket> addresses = new ConcurrentHashMap<>();

	private final Bandwidth accountLimit;

	private final Bandwidth addressLimit;

	SignInThrottle(SignInLimits limits) {
		this.accountLimit = limit(limits.accountFailures(), limits.accountPeriod());
		this.addressLimit = limit(limits.addressFailures(), limits.addressPeriod());
	}

	private static Bandwidth limit(int failures, Duration period) {
		return Bandwidth.builder().capacity(failures).refillGreedy(failures, period).build();
	}

	/** An attempt that may go ahead; tell it how it ended. */
	interface Attempt {

		void succeeded();

		/** Neither success nor failure (the database was not reachable): gives the tokens back. */
		void undecided();

	}

	/**
	 * Takes a token for the attempt from the account's and the address's bucket.
	 * @throws SignInThrottledException when either is empty
	 */
	Attempt begin(String username, String address) {
		String name = accountKey(username);
		Bucket account = bucket(accounts, name, accountLimit);
		Bucket client = bucket(addresses, address, addressLimit);
		if (!account.tryConsume(1)) {
			throw new SignInThrottledException(wait(account));
		}
		if (!client.tryConsume(1)) {
			account.addTokens(1);
			throw new SignInThrottledException(wait(client));
		}
		return new Attempt() {

			@Override
			public void succeeded() {
				accounts.remove(name, account);
				client.addTokens(1);
			}

			@Override
			public void undecided() {
				account.addTokens(1);
				client.addTokens(1);
			}

		};
	}

	/** Until the bucket has a token again; at least a second, for a whole-second Retry-After. */
	private static Duration wait(Bucket bucket) {
		return Duration.ofNanos(Math.max(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill(), 1_000_000_000L));
	}

	static String accountKey(String username) {
		String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	private static Bucket bucket(ConcurrentMap<String, Bucket> buckets, String key, Bandwidth limit) {
		if (buckets.size() > FORGET_ABOVE) {
			buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit.getCapacity());
		}
		return buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(limit).build());
	}

}
