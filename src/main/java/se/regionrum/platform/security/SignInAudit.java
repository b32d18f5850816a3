package se.regionrum.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.RegionrumPrincipal;

/**
 * Sign-ins on the pages, failed attempts and attempts refused by the throttle go to the audit log,
 * with the name tried and the client address (successful API calls, one per request, do not).
 */
@Component
class SignInAudit {

	private final AuditLog audit;

	SignInAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof RegionrumPrincipal principal) {
			audit.event("user", principal.currentUser().id(), AuditAction.SIGN_IN, "audit.detail.signedIn");
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String name = String.valueOf(event.getAuthentication().getName());
		String detail = event.getException() instanceof SignInThrottledException ? "audit.detail.signInThrottled"
				: "audit.detail.signInFailedFrom";
		audit.event("user", null, AuditAction.SIGN_IN, detail, name.length() > 100 ? name.substring(0, 100) : name,
				ThrottledSignIn.clientAddress(event.getAuthentication()));
	}

}
