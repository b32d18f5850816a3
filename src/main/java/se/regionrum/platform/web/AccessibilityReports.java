package se.regionrum.platform.web;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import se.regionrum.platform.Permissions;
import se.regionrum.platform.RegionClock;
import se.regionrum.platform.Text;

/** Problems visitors report with the site's accessibility. The e-mail address is optional. */
@Service
class AccessibilityReports {

	record Report(long id, Instant createdAt, String pageUrl, String description, String email) {

		public java.time.ZonedDateTime localTime() {
			return createdAt.atZone(RegionClock.DEFAULT_ZONE);
		}

	}

	private final AccessibilityReportQueries queries;

	private final Permissions permissions;

	AccessibilityReports(AccessibilityReportQueries queries, Permissions permissions) {
		this.queries = queries;
		this.permissions = permissions;
	}

	void submit(String pageUrl, String description, String email) {
		queries.insert(Instant.now(), Text.blank(pageUrl), description.strip(), Text.blank(email));
	}

	List<Report> list() {
		permissions.requireAdmin();
		return queries.newestFirst();
	}

}
