package se.regionrum.platform.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Puts a changed account (e.g. after a password change) into the signed-in session. */
@Component
public class SessionRefresh {

	private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	public void refresh(UserAccount account, Authentication previous) {
		if (!(previous instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		AccountPrincipal principal = new AccountPrincipal(account);
		principal.eraseCredentials();
		Authentication updated = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(updated);
		SecurityContextHolder.setContext(context);
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getResponse() != null) {
			repository.saveContext(context, attributes.getRequest(), attributes.getResponse());
		}
	}

}
