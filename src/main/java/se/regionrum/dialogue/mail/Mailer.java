package se.regionrum.dialogue.mail;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
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

	private final OutboxQueries outbox;

	private final ObjectProvider<JavaMailSender> sender;

	private final Environment environment;

	Mailer(OutboxQueries outbox, ObjectProvider<JavaMailSender> sender, Environment environment) {
		this.outbox = outbox;
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
			outbox.insert(to, subject, body, attachment);
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
		return outbox.newest(limit);
	}

	/** @param attachmentName the name of the file the mail carries, or {@code null} */
	public record OutboxMail(long id, String recipient, String subject, String body, OffsetDateTime createdAt,
			String attachmentName) {
	}

}
