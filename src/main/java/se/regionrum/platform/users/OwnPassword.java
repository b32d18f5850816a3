package se.regionrum.platform.users;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.security.SessionRefresh;
import se.regionrum.platform.security.UserAccount;
import se.regionrum.platform.security.UserAccountRepository;

/** A signed-in user replaces their own password (required after a one-time password). */
@Service
public class OwnPassword {

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Permissions permissions;

	private final AuditLog audit;

	private final SessionRefresh sessionRefresh;

	OwnPassword(UserAccountRepository accounts, PasswordEncoder encoder, Permissions permissions, AuditLog audit,
			SessionRefresh sessionRefresh) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.permissions = permissions;
		this.audit = audit;
		this.sessionRefresh = sessionRefresh;
	}

	@Transactional
	public void change(String currentPassword, String newPassword, String confirmation) {
		CurrentUser user = permissions.requireSignedIn();
		UserAccount account = accounts.findById(user.id()).orElseThrow();
		if (account.passwordHash() == null || !encoder.matches(currentPassword, account.passwordHash())) {
			throw new InvalidInputException("currentPassword", "platform.password.wrongCurrent");
		}
		UserAdministration.checkPassword(newPassword, "newPassword");
		if (!newPassword.equals(confirmation)) {
			throw new InvalidInputException("confirmation", "platform.password.mismatch");
		}
		if (newPassword.equals(currentPassword)) {
			throw new InvalidInputException("newPassword", "platform.password.same");
		}
		UserAccount saved = accounts.save(account.withPassword(encoder.encode(newPassword), false));
		audit.event("user", user.id(), AuditAction.UPDATE, "audit.detail.passwordChanged");
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		sessionRefresh.refresh(saved, authentication);
	}

}
