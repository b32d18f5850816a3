package se.regionrum.platform.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.regionrum.platform.Role;

/** Creating or editing an account; the password is only read when creating or resetting. */
record UserForm(
		@NotBlank(message = "{platform.users.username.required}") @Size(max = 100,
				message = "{validation.tooLong}") @Pattern(regexp = "[A-Za-z0-9._@-]*",
						message = "{platform.users.username.pattern}") String username,
		@NotBlank(message = "{platform.users.displayName.required}") @Size(max = 200,
				message = "{validation.tooLong}") String displayName,
		@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email,
		@NotNull(message = "{platform.users.role.required}") Role role, Long organisationId, boolean enabled,
		String password) {

	static UserForm empty() {
		return new UserForm("", "", "", Role.READER, null, true, "");
	}

}
