package se.regionrum.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in, for the form and HTTP Basic alike, behind the {@link SignInThrottle}: an
 * attempt that the throttle refuses never reaches the password check, so the right password does
 * not help during a lock either.
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	/** The servlet's remote address, which is the client's only where the proxy set-up makes it so. */
	static String clientAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		SignInThrottle.Attempt attempt = throttle.begin(authentication.getName(), clientAddress(authentication));
		Authentication result;
		// a failed password check keeps its tokens: that is what the throttle counts
		try {
			result = passwords.authenticate(authentication);
		}
		catch (InternalAuthenticationServiceException ex) {
			attempt.undecided();
			throw ex;
		}
		if (result != null) {
			attempt.succeeded();
		}
		else {
			attempt.undecided();
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

}
