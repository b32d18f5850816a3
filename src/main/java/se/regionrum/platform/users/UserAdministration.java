package se.regionrum.platform.users;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.OrganisationDirectory;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.Role;
import se.regionrum.platform.security.UserAccount;
import se.regionrum.platform.security.UserAccountRepository;

/** Administrators manage accounts: role, organisation scope, and one-time passwords. */
@Service
public class UserAdministration {

	static final int MIN_PASSWORD_LENGTH = 12;

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Permissions permissions;

	private final AuditLog audit;

	private final OrganisationDirectory organisations;

	UserAdministration(UserAccountRepository accounts, PasswordEncoder encoder, Permissions permissions,
			AuditLog audit, OrganisationDirectory organisations) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.permissions = permissions;
		this.audit = audit;
		this.organisations = organisations;
	}

	public List<UserAccount> list() {
		permissions.requireAdmin();
		return accounts.findAllByOrderByUsername();
	}

	public UserAccount get(long id) {
		permissions.requireAdmin();
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("User", id));
	}

	@Transactional
	public UserAccount create(UserForm form) {
		permissions.requireAdmin();
		checkScope(form);
		if (accounts.findByUsernameIgnoreCase(form.username().trim()).isPresent()) {
			throw new InvalidInputException("username", "platform.users.username.taken");
		}
		checkPassword(form.password());
		UserAccount account = accounts.save(new UserAccount(null, null, form.username().trim(),
				form.displayName().trim(), blankToNull(form.email()), encoder.encode(form.password()), form.role(),
				form.role() == Role.EDITOR ? form.organisationId() : null, form.enabled(), true, Instant.now()));
		audit.created("user", account.id(), values(account));
		return account;
	}

	@Transactional
	public UserAccount update(long id, UserForm form) {
		UserAccount before = get(id);
		checkScope(form);
		UserAccount after = accounts.save(before.withProfile(form.displayName().trim(), blankToNull(form.email()),
				form.role(), form.organisationId(), form.enabled()));
		audit.updated("user", id, values(before), values(after));
		return after;
	}

	@Transactional
	public void resetPassword(long id, String newPassword) {
		UserAccount account = get(id);
		checkPassword(newPassword);
		accounts.save(account.withPassword(encoder.encode(newPassword), true));
		audit.event("user", id, AuditAction.UPDATE, "audit.detail.passwordReset");
	}

	private void checkScope(UserForm form) {
		if (form.role() == Role.EDITOR) {
			if (form.organisationId() == null) {
				throw new InvalidInputException("organisationId", "platform.users.organisation.required");
			}
			if (organisations.nameOf(form.organisationId()).isEmpty()) {
				throw new InvalidInputException("organisationId", "platform.users.organisation.unknown");
			}
		}
	}

	static void checkPassword(String password) {
		checkPassword(password, "password");
	}

	static void checkPassword(String password, String field) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new InvalidInputException(field, "platform.password.tooShort");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static Map<String, Object> values(UserAccount account) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("username", account.username());
		values.put("displayName", account.displayName());
		values.put("email", account.email());
		values.put("role", account.role());
		values.put("organisationId", account.organisationId());
		values.put("enabled", account.enabled());
		return values;
	}

}
