package se.regionrum.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.regionrum.platform.RunningServerTest;
import se.regionrum.platform.Role;

/**
 * Every error of the API is a problem in the caller's language; every error of a page is the
 * app's error page in the visitor's language; nothing shows Spring's whitelabel page or Java's
 * exception text. A visitor who is not signed in and mistypes an address is told that it does not
 * exist rather than asked to sign in.
 */
class ErrorResponsesTest extends RunningServerTest {

	private static final String PROBLEM = "application/problem+json";

	private static final String ENGLISH = "regionrum-lang=en";

	private static void assertProblem(HttpResponse<String> response, int status, String text) {
		assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
		assertThat(response.body()).contains("\"status\":" + status).contains(text)
			.doesNotContain("timestamp").doesNotContain("Exception").doesNotContain("secret internal detail");
	}

	private static void assertPage(HttpResponse<String> response, int status, String... texts) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains(texts).contains("<main id=\"main\"")
			.doesNotContain("Whitelabel").doesNotContain("Exception").doesNotContain("secret internal detail");
	}

	private HttpRequest.Builder upload(String path, int bytes) {
		String boundary = "----regionrum" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + "x".repeat(bytes) + "\r\n--" + boundary + "--\r\n";
		return request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	@Test
	void everyApiErrorIsAProblemInTheCallersLanguage() throws Exception {
		String admin = basic("admin", "test-admin-password");
		assertProblem(send(request("/api/v1/people")), 401, "HTTP Basic");
		assertProblem(send(request("/api/v1/people").header("Cookie", ENGLISH)), 401, "user name and password");
		assertProblem(send(request("/api/v1/people").header("Accept-Language", "en-GB,en;q=0.8")), 401, "user name and password");
		assertProblem(send(request("/api/v1/no-such-thing").header("Accept-Language", "en")), 404, "There is nothing");
		assertProblem(send(request("/api/v1/no-such-thing")), 404, "Det finns inget med den här adressen");
		assertProblem(send(request("/api/v1/no-such-thing").header("Authorization", admin)), 404, "Det finns inget");
		assertProblem(send(request("/api/v1/organisations").method("PATCH", HttpRequest.BodyPublishers.noBody())
			.header("Authorization", admin)), 405, "tar inte emot den sortens förfrågan");
		assertProblem(send(request("/api/v1/organisations/abc").header("Authorization", admin)), 400,
				"Förfrågan kunde inte tolkas");
		assertProblem(send(request("/api/v1/series").header("Authorization", admin).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{not json"))), 400, "Förfrågan kunde inte tolkas");
		assertProblem(send(upload("/api/v1/boundaries", 4096).header("Authorization", admin)), 413, "högst 1 kB");
		assertProblem(send(request("/api/v1/test-failure")), 500, "Ett oväntat fel inträffade");

		account("reader-" + RUN, "reader-password-1", Role.READER, false);
		assertProblem(send(request("/api/v1/series").header("Authorization", basic("reader-" + RUN, "reader-password-1"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"kind\": \"SEMINAR_SERIES\", \"title\": \"Läsarens serie\"}"))),
				403, "Du har inte behörighet");
	}

	@Test
	void anAnonymousCancellationWithAnUnknownTokenIsNotFound() throws Exception {
		assertProblem(send(request("/api/v1/registrations/unknown").DELETE()), 404, "Det finns inget");
		assertProblem(send(request("/api/v1/registrations/" + "0".repeat(32)).DELETE()), 404, "\"title\"");
	}

	@Test
	void tooLargeUploadsGetTheErrorPageNamingTheLimit() throws Exception {
		assertPage(send(upload("/organisations/import", 4096)), 413, "Filen är för stor", "högst 1 kB", "lang=\"sv\"");
		assertPage(send(upload("/organisations/import", 4096).header("Cookie", ENGLISH)), 413, "The file is too large",
				"at most 1 kB", "lang=\"en\"");
	}

	@Test
	void noErrorReachesAWhitelabelPage() throws Exception {
		// a method the page does not take
		assertPage(send(request("/accessibility/report")), 405, "Förfrågan stöds inte");
		// a parameter of the wrong type
		assertPage(send(request("/organisations?page=abc")), 400, "Felaktig förfrågan");
		// refused in a filter (Spring Security's firewall) before any controller
		assertPage(send(request("/organisations/%2e%2e/x")), 400, "Felaktig förfrågan");
		// a bug
		assertPage(send(request("/test-failure")), 500, "Något gick fel", "Ett oväntat fel inträffade");
		assertPage(send(request("/test-failure").header("Cookie", ENGLISH)), 500, "Something went wrong");
		// the error page's language link leads to the failed page, not to /error
		assertThat(send(request("/test-failure")).body()).contains("href=\"/test-failure?lang=en\"");
	}

	@Test
	void anAnonymousVisitorWhoMistypesAnAddressGetsTheNotFoundPage() throws Exception {
		assertPage(send(request("/organisatoins")), 404, "Sidan finns inte");
		assertPage(send(request("/organisatoins").header("Cookie", ENGLISH)), 404, "Page not found");
		assertPage(send(request("/people/12/nothing-here")), 404, "Sidan finns inte");
		// pages that exist still ask for sign-in
		HttpResponse<String> people = send(request("/people"));
		assertThat(people.statusCode()).isEqualTo(302);
		assertThat(people.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
		HttpResponse<String> form = send(request("/admin/users/1/edit"));
		assertThat(form.statusCode()).isEqualTo(302);
	}

}
