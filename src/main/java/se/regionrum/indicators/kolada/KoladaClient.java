package se.regionrum.indicators.kolada;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Fetches Kolada v3 data and KPI metadata from the configured API ({@code regionrum.indicators.kolada},
 * off by default) into files, which the import then reads as if they had been uploaded, so that every
 * page lands in one all-or-nothing import. KPI and municipality ids go at most 25 to a path segment;
 * {@code next_url} is followed (only to the configured host); a 429 waits as long as
 * {@code Retry-After} says, else twice as long as the time before, up to {@code max-tries} tries.
 */
@Component
public class KoladaClient {

	/** Kolada takes at most this many ids in one path segment. */
	public static final int IDS_PER_REQUEST = 25;

	/** What to fetch: KPIs, municipalities (areas), and years (all when empty). */
	public record Request(List<String> kpis, List<String> municipalities, List<Integer> years) {
	}

	/** The fetched files: the KPI metadata pages and the data pages. */
	public record Fetched(List<Path> kpiPages, List<Path> dataPages) {
	}

	private final boolean enabled;

	private final URI base;

	private final int maxTries;

	private final Duration firstBackoff;

	private final HttpClient http;

	KoladaClient(@Value("${regionrum.indicators.kolada.enabled:false}") boolean enabled,
			@Value("${regionrum.indicators.kolada.base-url:https://api.kolada.se/v3}") String baseUrl,
			@Value("${regionrum.indicators.kolada.max-tries:5}") int maxTries,
			@Value("${regionrum.indicators.kolada.first-backoff:2s}") Duration firstBackoff) {
		this.enabled = enabled;
		this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
		this.maxTries = Math.max(1, maxTries);
		this.firstBackoff = firstBackoff;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public boolean enabled() {
		return enabled;
	}

	public String baseUrl() {
		return base.toString();
	}

	/**
	 * Fetches every page into the directory, telling the number of pages fetched so far.
	 *
	 * @throws IOException when the API cannot be reached or answers other than 200 after every try
	 */
	public Fetched fetch(Request request, Path dir, IntConsumer pagesFetched) throws IOException {
		if (!enabled) {
			throw new IllegalStateException("Fetching from Kolada is not enabled (regionrum.indicators.kolada.enabled)");
		}
		return fetch(baseUrl(), request, dir, pagesFetched);
	}

	/**
	 * Fetches every page from the API at {@code baseUrl} (the address a queued import was accepted
	 * with, which the server that runs it may not have configured itself) into the directory.
	 *
	 * @throws IOException when the API cannot be reached or answers other than 200 after every try
	 */
	public Fetched fetch(String baseUrl, Request request, Path dir, IntConsumer pagesFetched) throws IOException {
		URI base = URI.create(baseUrl);
		int[] count = { 0 };
		List<Path> kpiPages = new ArrayList<>();
		for (List<String> kpis : groups(request.kpis())) {
			String url = base + "/kpi?id=" + String.join(",", kpis);
			collect(base, URI.create(url), dir, "kpi-", kpiPages, count, pagesFetched);
		}
		List<Path> dataPages = new ArrayList<>();
		String years = request.years().isEmpty() ? ""
				: "/year/" + String.join(",", request.years().stream().map(String::valueOf).toList());
		for (List<String> kpis : groups(request.kpis())) {
			for (List<String> municipalities : groups(request.municipalities())) {
				String url = base + "/data/kpi/" + String.join(",", kpis) + "/municipality/"
						+ String.join(",", municipalities) + years;
				collect(base, URI.create(url), dir, "data-", dataPages, count, pagesFetched);
			}
		}
		return new Fetched(kpiPages, dataPages);
	}

	private void collect(URI base, URI first, Path dir, String prefix, List<Path> pages, int[] count, IntConsumer told)
			throws IOException {
		URI next = first;
		while (next != null) {
			Path page = dir.resolve(prefix + (pages.size() + 1) + ".json");
			get(next, page);
			pages.add(page);
			told.accept(++count[0]);
			Optional<String> url = nextUrl(page);
			next = url.map(URI::create).orElse(null);
			if (next != null && !sameOrigin(base, next)) {
				throw new IOException("next_url leads away from " + base + ": " + next);
			}
			if (count[0] > 10_000) {
				throw new IOException("More than 10 000 pages: stopped");
			}
		}
	}

	private static boolean sameOrigin(URI base, URI uri) {
		return base.getScheme().equalsIgnoreCase(uri.getScheme()) && base.getHost().equalsIgnoreCase(uri.getHost())
				&& base.getPort() == uri.getPort();
	}

	private void get(URI uri, Path target) throws IOException {
		Duration wait = firstBackoff;
		for (int attempt = 1;; attempt++) {
			HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
				.header("Accept", "application/json").GET().build();
			HttpResponse<InputStream> response;
			try {
				response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while fetching " + uri, ex);
			}
			int status = response.statusCode();
			try (InputStream body = response.body()) {
				if (status == 200) {
					Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
					return;
				}
				body.transferTo(java.io.OutputStream.nullOutputStream());
			}
			boolean retry = status == 429 || status >= 500;
			if (!retry || attempt >= maxTries) {
				throw new IOException("Kolada answered " + status + " for " + uri + " (try " + attempt + ")");
			}
			Duration delay = retryAfter(response).orElse(wait);
			wait = wait.multipliedBy(2);
			try {
				Thread.sleep(Math.min(delay.toMillis(), Duration.ofMinutes(2).toMillis()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while waiting to fetch " + uri, ex);
			}
		}
	}

	/** Retry-After in seconds; the HTTP-date form is not honoured (the exponential wait is used). */
	private static Optional<Duration> retryAfter(HttpResponse<?> response) {
		return response.headers().firstValue("Retry-After").filter(v -> v.strip().matches("\\d{1,6}"))
			.map(v -> Duration.ofSeconds(Long.parseLong(v.strip())));
	}

	/** The ids in groups of at most 25, as Kolada takes them in a path segment. */
	static List<List<String>> groups(List<String> ids) {
		List<List<String>> groups = new ArrayList<>();
		for (int i = 0; i < ids.size(); i += IDS_PER_REQUEST) {
			groups.add(List.copyOf(ids.subList(i, Math.min(ids.size(), i + IDS_PER_REQUEST))));
		}
		return groups;
	}

	/** The page's {@code next_url}, found without reading its values into memory. */
	static Optional<String> nextUrl(Path page) throws IOException {
		try (InputStream in = Files.newInputStream(page); JsonParser p = KoladaJson.parser(in)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				return Optional.empty();
			}
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = p.currentName();
				JsonToken token = p.nextToken();
				if ("next_url".equals(name)) {
					return Optional.ofNullable(KoladaJson.text(p, token)).filter(s -> !s.isBlank());
				}
				p.skipChildren();
			}
			return Optional.empty();
		}
		catch (JacksonException ex) {
			// the import reads the page again and names the problem
			return Optional.empty();
		}
	}

}
