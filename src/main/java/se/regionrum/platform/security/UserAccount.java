package se.regionrum.platform.security;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.regionrum.platform.Role;

/** A local account. Editors carry the organisation they may change. */
@Table
public record UserAccount(@Id Long id, @Version Long version, String username, String displayName, String email,
		String passwordHash, Role role, Long organisationId, boolean enabled, boolean mustChangePassword,
		Instant createdAt) {

	public UserAccount withPassword(String hash, boolean mustChange) {
		return new UserAccount(id, version, username, displayName, email, hash, role, organisationId, enabled,
				mustChange, createdAt);
	}

	public UserAccount withProfile(String displayName, String email, Role role, Long organisationId,
			boolean enabled) {
		return new UserAccount(id, version, username, displayName, email, passwordHash, role,
				role == Role.EDITOR ? organisationId : null, enabled, mustChangePassword, createdAt);
	}

}
