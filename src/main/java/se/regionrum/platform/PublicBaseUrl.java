package se.regionrum.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address at which users reach this installation (scheme, host, optional port and path), from
 * the setting {@code regionrum.public-base-url} ({@code REGIONRUM_PUBLIC_BASE_URL}). Every absolute
 * link the application hands out (in e-mails, calendar feeds, the join address on a poll's big
 * screen) is built from it and never from the request: the {@code Host} header is chosen by the
 * client, so a link built from it could point anywhere.
 * <p>
 * The setting is required with the {@code postgres} profile (production): without it the
 * application does not start. On the default H2 demo it falls back to
 * {@code http://localhost:<server.port>} with a warning. The old setting
 * {@code regionrum.dialogue.base-url} ({@code REGIONRUM_BASE_URL}) is still read when the new one
 * is unset.
 */
@Component
public final class PublicBaseUrl {

	public static final String PROPERTY = "regionrum.public-base-url";

	/** The dialogue module's setting before there was one for the whole application. */
	static final String LEGACY_PROPERTY = "regionrum.dialogue.base-url";

	/** The profile that marks a production installation (see docs/operations.md). */
	static final String PRODUCTION_PROFILE = "postgres";

	private static final Logger log = LoggerFactory.getLogger(PublicBaseUrl.class);

	/** Without a trailing slash, so that appending a path that starts with a slash is always right. */
	private final URI base;

	@Autowired
	PublicBaseUrl(Environment environment) {
		this(resolve(environment));
	}

	private PublicBaseUrl(URI base) {
		this.base = base;
	}

	/** A base URL given directly, for tests and tools; the same checks as the setting. */
	public static PublicBaseUrl of(String url) {
		return new PublicBaseUrl(parse(PROPERTY, url));
	}

	/** The absolute URL of a path of the application, such as {@code /registrations/abc}. */
	public String link(String path) {
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("A path starting with '/' is needed: " + path);
		}
		return base + path;
	}

	/** The host name alone, e.g. as the stable domain of iCalendar UIDs. */
	public String host() {
		return base.getHost();
	}

	@Override
	public String toString() {
		return base.toString();
	}

	static URI resolve(Environment environment) {
		String property = PROPERTY;
		String value = environment.getProperty(PROPERTY);
		if (isBlank(value)) {
			value = environment.getProperty(LEGACY_PROPERTY);
			property = LEGACY_PROPERTY;
			if (!isBlank(value)) {
				log.warn("{} is deprecated; set {} (REGIONRUM_PUBLIC_BASE_URL) instead", LEGACY_PROPERTY, PROPERTY);
			}
		}
		if (!isBlank(value)) {
			return parse(property, value);
		}
		if (environment.matchesProfiles(PRODUCTION_PROFILE)) {
			throw new InvalidConfigurationPropertyValueException(PROPERTY, "",
					"Regionrum builds the links in e-mails and calendar feeds from the address its users reach it at, "
							+ "and with the '" + PRODUCTION_PROFILE + "' profile that address must be configured. "
							+ "Set REGIONRUM_PUBLIC_BASE_URL (or " + PROPERTY + "), for example "
							+ "REGIONRUM_PUBLIC_BASE_URL=https://regionrum.example.org");
		}
		int port = environment.getProperty("server.port", Integer.class, 8080);
		URI local = URI.create("http://localhost" + (port > 0 && port != 80 ? ":" + port : ""));
		log.warn("{} (REGIONRUM_PUBLIC_BASE_URL) is not set: links in e-mails and calendar feeds point to {}. "
				+ "Set it to the address users reach Regionrum at.", PROPERTY, local);
		return local;
	}

	private static URI parse(String property, String value) {
		String reason = "Use an absolute http or https address without query or fragment, "
				+ "for example https://regionrum.example.org or https://www.example.org/regionrum";
		URI uri;
		try {
			uri = new URI(value.strip());
		}
		catch (URISyntaxException ex) {
			throw new InvalidConfigurationPropertyValueException(property, value, reason);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
				|| uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
			throw new InvalidConfigurationPropertyValueException(property, value, reason);
		}
		String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
		return URI.create(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
