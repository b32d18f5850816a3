package se.regionrum.dialogue.participant;

import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Who an anonymous participant of a live poll or a survey is: one browser session together with
 * one device cookie ({@code rr_device}, 128 random bits). The session remembers its device, so
 * deleting only the cookie changes nothing (the cookie is set again), and a new session that
 * brings the cookie is the same participant; only a browser that drops both at once is a new
 * one, which no anonymous vote can prevent.
 */
public final class Participants {

	public static final String DEVICE_COOKIE = "rr_device";

	static final String SESSION_ATTRIBUTE = Participants.class.getName() + ".device";

	private static final int MAX_AGE_SECONDS = 60 * 60 * 24 * 30;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Participants() {
	}

	/** The participant's device id; sets the cookie when the browser does not have it. */
	public static String identify(HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession();
		String cookie = cookie(request);
		String device = session.getAttribute(SESSION_ATTRIBUTE) instanceof String remembered && valid(remembered)
				? remembered : cookie != null ? cookie : fresh();
		// only when it changes: sessions live in the database, and each write is an UPDATE there
		if (!device.equals(session.getAttribute(SESSION_ATTRIBUTE))) {
			session.setAttribute(SESSION_ATTRIBUTE, device);
		}
		if (!device.equals(cookie)) {
			Cookie set = new Cookie(DEVICE_COOKIE, device);
			set.setHttpOnly(true);
			// one cookie for the poll pages (/p) and the survey pages (/s)
			set.setPath("/");
			set.setMaxAge(MAX_AGE_SECONDS);
			set.setAttribute("SameSite", "Lax");
			// request.isSecure() follows X-Forwarded-Proto when server.forward-headers-strategy is set
			set.setSecure(request.isSecure());
			response.addCookie(set);
		}
		return device;
	}

	private static String cookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie c : request.getCookies()) {
			if (DEVICE_COOKIE.equals(c.getName()) && valid(c.getValue())) {
				return c.getValue();
			}
		}
		return null;
	}

	private static boolean valid(String device) {
		return device != null && device.matches("[0-9a-f]{32}");
	}

	private static String fresh() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
