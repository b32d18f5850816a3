package se.regionrum.platform;

public enum AuditAction {
	CREATE, UPDATE, DELETE, EXPORT, ERASE, IMPORT, SIGN_IN
}
