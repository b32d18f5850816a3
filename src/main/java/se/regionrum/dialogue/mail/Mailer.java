package se.regionrum.dialogue.mail;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the module's e-mails through Spring Mail when {@code spring.mail.host} is set; without
 * it they go to the outbox table, which administrators read at {@code /admin/outbox}. Mail is
 * sent after the surrounding transaction commits, so a rolled-back registration sends nothing.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final Environment environment;

	Mailer(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, Environment environment) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.environment = environment;
	}

	public boolean smtpConfigured() {
		String host = environment.getProperty("spring.mail.host");
		return host != null && !host.isBlank() && sender.getIfAvailable() != null;
	}

	/** A text file a mail carries, such as the meeting's calendar file. */
	public record Attachment(String name, String contentType, String content) {
	}

	public void send(String to, String subject, String body) {
		send(to, subject, body, null);
	}

	/** Sends a mail with an attachment (or none, when {@code attachment} is null). */
	public void send(String to, String subject, String body, Attachment attachment) {
		if (!smtpConfigured()) {
			jdbc.sql("""
					insert into mail_outbox (recipient, subject, body, created_at, sent, attachment_name, attachment_type,
					  attachment) values (?, ?, ?, ?, false, ?, ?, ?)""")
				.params(to, subject, body, OffsetDateTime.now(ZoneOffset.UTC),
						attachment == null ? null : attachment.name(), attachment == null ? null : attachment.contentType(),
						attachment == null ? null : attachment.content())
				.update();
			return;
		}
		Runnable send = () -> {
			try {
				JavaMailSender mail = sender.getObject();
				MimeMessage message = mail.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, attachment != null, "UTF-8");
				helper.setTo(to);
				helper.setSubject(subject);
				helper.setText(body);
				String from = environment.getProperty("regionrum.dialogue.mail-from");
				if (from != null) {
					helper.setFrom(from);
				}
				if (attachment != null) {
					helper.addAttachment(attachment.name(),
							new ByteArrayResource(attachment.content().getBytes(StandardCharsets.UTF_8)),
							attachment.contentType());
				}
				mail.send(message);
			}
			catch (MessagingException | RuntimeException ex) {
				log.warn("Mail to {} not sent: {}", to, ex.getMessage());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

	public List<OutboxMail> outbox(int limit) {
		return jdbc.sql("select id, recipient, subject, body, created_at, attachment_name from mail_outbox order by id desc")
			.query((rs, n) -> new OutboxMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class), rs.getString(6)))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/** @param attachmentName the name of the file the mail carries, or {@code null} */
	public record OutboxMail(long id, String recipient, String subject, String body, OffsetDateTime createdAt,
			String attachmentName) {
	}

}
