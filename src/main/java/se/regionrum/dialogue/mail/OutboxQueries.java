package se.regionrum.dialogue.mail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.dialogue.mail.Mailer.Attachment;
import se.regionrum.dialogue.mail.Mailer.OutboxMail;

/** The SQL of the mail outbox, where mails go when no SMTP server is configured. */
@Repository
class OutboxQueries {

	private final JdbcClient jdbc;

	OutboxQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String to, String subject, String body, Attachment attachment) {
		jdbc.sql("""
				insert into mail_outbox (recipient, subject, body, created_at, sent, attachment_name, attachment_type,
				  attachment) values (?, ?, ?, ?, false, ?, ?, ?)""")
			.params(to, subject, body, OffsetDateTime.now(ZoneOffset.UTC),
					attachment == null ? null : attachment.name(), attachment == null ? null : attachment.contentType(),
					attachment == null ? null : attachment.content())
			.update();
	}

	List<OutboxMail> newest(int limit) {
		return jdbc.sql("select id, recipient, subject, body, created_at, attachment_name from mail_outbox order by id desc")
			.query((rs, n) -> new OutboxMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class), rs.getString(6)))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

}
