package se.regionrum.dialogue.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/** With SMTP configured, the calendar file goes out as a real MIME attachment next to the text. */
class MailerAttachmentTest {

	@Test
	void attachmentIsSentAsATextCalendarPart() throws Exception {
		List<MimeMessage> sent = new ArrayList<>();
		JavaMailSender sender = new JavaMailSenderImpl() {
			@Override
			public void send(MimeMessage... messages) {
				sent.addAll(List.of(messages));
			}
		};
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", sender);
		MockEnvironment environment = new MockEnvironment().withProperty("spring.mail.host", "smtp.example.org")
			.withProperty("regionrum.dialogue.mail-from", "noreply@example.org");
		Mailer mailer = new Mailer(null, beans.getBeanProvider(JavaMailSender.class), environment);

		mailer.send("deltagare@example.org", "Bekräftad anmälan: Träff", "Hej!\n\nVälkommen!",
				new Mailer.Attachment("mote-7.ics", "text/calendar; charset=UTF-8", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));

		assertThat(sent).hasSize(1);
		MimeMessage message = sent.get(0);
		// as the transport does before it writes the message: headers from the parts' data sources
		message.saveChanges();
		assertThat(message.getSubject()).isEqualTo("Bekräftad anmälan: Träff");
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("deltagare@example.org");
		Multipart mixed = (Multipart) message.getContent();
		List<String> names = new ArrayList<>();
		String calendarType = null;
		for (int i = 0; i < mixed.getCount(); i++) {
			BodyPart part = mixed.getBodyPart(i);
			if (part.getFileName() != null) {
				names.add(part.getFileName());
				calendarType = part.getContentType();
				assertThat(new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
					.startsWith("BEGIN:VCALENDAR");
			}
		}
		assertThat(names).containsExactly("mote-7.ics");
		assertThat(calendarType).startsWith("text/calendar");
	}

}
