package se.regionrum.platform.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.regionrum.platform.Permissions;
import se.regionrum.platform.RegionClock;

/** Problems visitors report with the site's accessibility. The e-mail address is optional. */
@Service
class AccessibilityReports {

	record Report(long id, Instant createdAt, String pageUrl, String description, String email) {

		public java.time.ZonedDateTime localTime() {
			return createdAt.atZone(RegionClock.DEFAULT_ZONE);
		}

	}

	private final JdbcClient jdbc;

	private final Permissions permissions;

	AccessibilityReports(JdbcClient jdbc, Permissions permissions) {
		this.jdbc = jdbc;
		this.permissions = permissions;
	}

	void submit(String pageUrl, String description, String email) {
		jdbc.sql("insert into accessibility_report (created_at, page_url, description, email) values (?, ?, ?, ?)")
			.params(Timestamp.from(Instant.now()), blankToNull(pageUrl), description.trim(), blankToNull(email))
			.update();
	}

	List<Report> list() {
		permissions.requireAdmin();
		return jdbc.sql("select id, created_at, page_url, description, email from accessibility_report order by created_at desc")
			.query((rs, n) -> new Report(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
