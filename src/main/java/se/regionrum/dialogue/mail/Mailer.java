package se.regionrum.dialogue.mail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
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

	public void send(String to, String subject, String body) {
		if (!smtpConfigured()) {
			jdbc.sql("insert into mail_outbox (recipient, subject, body, created_at, sent) values (?, ?, ?, ?, false)")
				.params(to, subject, body, OffsetDateTime.now(ZoneOffset.UTC))
				.update();
			return;
		}
		Runnable send = () -> {
			try {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setTo(to);
				message.setSubject(subject);
				message.setText(body);
				String from = environment.getProperty("regionrum.dialogue.mail-from");
				if (from != null) {
					message.setFrom(from);
				}
				sender.getObject().send(message);
			}
			catch (RuntimeException ex) {
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
		return jdbc.sql("select id, recipient, subject, body, created_at from mail_outbox order by id desc")
			.query((rs, n) -> new OutboxMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class)))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	public record OutboxMail(long id, String recipient, String subject, String body, OffsetDateTime createdAt) {
	}

}
