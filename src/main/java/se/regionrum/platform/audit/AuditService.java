package se.regionrum.platform.audit;

import java.util.List;

import org.springframework.stereotype.Service;

import se.regionrum.platform.PageResult;
import se.regionrum.platform.Permissions;

/** Browsing the audit log: administrators only. */
@Service
class AuditService {

	private final AuditQueries queries;

	private final Permissions permissions;

	AuditService(AuditQueries queries, Permissions permissions) {
		this.queries = queries;
		this.permissions = permissions;
	}

	PageResult<AuditEntry> find(AuditFilter filter, int page, int size) {
		permissions.requireAdmin();
		return queries.find(filter, page, size);
	}

	List<String> entityTypes() {
		permissions.requireAdmin();
		return queries.entityTypes();
	}

}
