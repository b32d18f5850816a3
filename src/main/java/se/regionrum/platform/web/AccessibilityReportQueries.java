package se.regionrum.platform.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.platform.web.AccessibilityReports.Report;

/** The accessibility reports visitors sent, newest first. */
@Repository
class AccessibilityReportQueries {

	private final JdbcClient jdbc;

	AccessibilityReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Instant createdAt, String pageUrl, String description, String email) {
		jdbc.sql("insert into accessibility_report (created_at, page_url, description, email) values (?, ?, ?, ?)")
			.params(Timestamp.from(createdAt), pageUrl, description, email)
			.update();
	}

	List<Report> newestFirst() {
		return jdbc.sql("select id, created_at, page_url, description, email from accessibility_report order by created_at desc")
			.query((rs, n) -> new Report(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
	}

}
