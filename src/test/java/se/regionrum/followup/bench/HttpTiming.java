package se.regionrum.followup.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Times GET requests for the benchmarks: warm-up, then the median, a percentile and the maximum. */
final class HttpTiming {

	private HttpTiming() {
	}

	/**
	 * Sends {@code warmUp} untimed requests, then {@code requests} timed ones, and prints one line.
	 *
	 * @param percentile e.g. 0.9 or 0.95
	 */
	static void time(HttpClient http, String label, String url, int warmUp, int requests, double percentile)
			throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "sv").build();
		for (int i = 0; i < warmUp; i++) {
			check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
		}
		List<Double> millis = new ArrayList<>();
		long bytes = 0;
		for (int i = 0; i < requests; i++) {
			long start = System.nanoTime();
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			millis.add((System.nanoTime() - start) / 1e6);
			check(response);
			bytes = response.body().length;
		}
		Collections.sort(millis);
		System.out.printf("%-22s median %7.1f ms   p%d %7.1f ms   max %7.1f ms   (%d requests, %,d bytes)%n", label,
				millis.get(millis.size() / 2), Math.round(percentile * 100),
				millis.get((int) Math.ceil(millis.size() * percentile) - 1), millis.get(millis.size() - 1), requests,
				bytes);
	}

	private static void check(HttpResponse<byte[]> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + " for " + response.uri());
		}
	}

}
