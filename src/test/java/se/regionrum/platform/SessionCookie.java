package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MvcResult;

/**
 * The session cookie a MockMvc response set. Sessions live in the database (Spring Session JDBC) and
 * a request finds its session by this cookie only, so MockMvc tests carry the cookie from one request
 * to the next, as a browser does; a {@code MockHttpSession} would be ignored.
 */
public final class SessionCookie {

	public static final String NAME = "SESSION";

	private SessionCookie() {
	}

	public static Cookie of(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie(NAME);
		assertThat(cookie).as("the response starts a session").isNotNull();
		return cookie;
	}

}
