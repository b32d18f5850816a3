package se.regionrum.dialogue.registration;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import se.regionrum.dialogue.MeetingChanged;
import se.regionrum.dialogue.calendar.ICalendarWriter;
import se.regionrum.dialogue.calendar.MeetingCalendar;
import se.regionrum.dialogue.mail.Mailer;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.series.Series;
import se.regionrum.platform.PublicBaseUrl;

/**
 * The mails a registration sends: the confirmation or waiting-list place, the place given from the
 * waiting list, the cancellation, and the notice that a meeting moved. Texts come from the message
 * bundle ({@code dialogue.mail.*}); the list of meetings (when, where, the meeting's page and
 * calendar file) from the text template {@code templates/dialogue/mail/meetings.txt}. Every link
 * is built from the configured public address ({@link PublicBaseUrl}), never from a request.
 */
@Component
class RegistrationMails {

	/** One meeting in a mail, with its page and calendar file. */
	record MailMeeting(Meeting meeting, String page, String calendar) {
	}

	private final Mailer mailer;

	private final MessageSource messages;

	private final PublicBaseUrl publicBaseUrl;

	private final MeetingCalendar calendar;

	private final SpringTemplateEngine templates;

	RegistrationMails(Mailer mailer, MessageSource messages, PublicBaseUrl publicBaseUrl, MeetingCalendar calendar) {
		this.mailer = mailer;
		this.messages = messages;
		this.publicBaseUrl = publicBaseUrl;
		this.calendar = calendar;
		this.templates = textTemplates(messages);
	}

	/** A template engine of its own for text mails, so that the pages' engine stays as Boot makes it. */
	private static SpringTemplateEngine textTemplates(MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	/**
	 * The confirmation: when, where (or the online link), the meeting's page and calendar file, and
	 * the cancellation link; a confirmed place also carries the calendar file, so that one tap puts
	 * the meeting in the calendar. {@code series} is the series registered for, or {@code null}.
	 */
	void confirmation(Registrant person, RegistrationStatus status, List<Meeting> meetings, String token,
			Series series) {
		boolean confirmed = status == RegistrationStatus.CONFIRMED;
		Mailer.Attachment file = null;
		if (confirmed) {
			file = series == null ? calendarFile("mote-" + meetings.get(0).id(), meetings.get(0).title(), meetings)
					: calendarFile("serie-" + series.id(), series.title(), meetings);
		}
		String key = confirmed ? "confirmed" : "waitlisted";
		mailer.send(person.email(), text("dialogue.mail." + key + ".subject", meetings.get(0).title()),
				text("dialogue.mail." + key + ".body", person.name(), meetingList(meetings, confirmed), cancelUrl(token)),
				file);
	}

	/** A place given from the waiting list, with the meeting and its calendar file. */
	void promoted(Registration registration, Meeting meeting) {
		mailer.send(registration.email(), text("dialogue.mail.promoted.subject", meeting.title()),
				text("dialogue.mail.promoted.body", registration.name(), meeting.title(), meeting.date(),
						cancelUrl(registration.token())) + "\n\n" + meetingList(List.of(meeting), false),
				calendarFile("mote-" + meeting.id(), meeting.title(), List.of(meeting)));
	}

	/** The receipt of a cancellation, naming the meetings. */
	void cancelled(Registration registration, List<String> meetingTitles) {
		mailer.send(registration.email(), text("dialogue.mail.cancelled.subject"),
				text("dialogue.mail.cancelled.body", registration.name(), String.join(", ", meetingTitles)));
	}

	/** The meeting moved: its new time and place. */
	void changed(Registration registration, MeetingChanged change) {
		mailer.send(registration.email(), text("dialogue.mail.changed.subject", change.title()),
				text("dialogue.mail.changed.body", registration.name(), change.title(), change.what(),
						cancelUrl(registration.token())));
	}

	/** The personal link in the e-mails: from the configured public address, never the request's Host. */
	String cancelUrl(String token) {
		return publicBaseUrl.link("/registrations/" + token);
	}

	private Mailer.Attachment calendarFile(String name, String title, List<Meeting> meetings) {
		return new Mailer.Attachment(name + ".ics", ICalendarWriter.MEDIA_TYPE, calendar.write(title, meetings));
	}

	private String meetingList(List<Meeting> meetings, boolean attached) {
		List<MailMeeting> items = meetings.stream()
			.map(m -> new MailMeeting(m, publicBaseUrl.link("/meetings/" + m.id()), calendar.link(m)))
			.toList();
		Context context = new Context(LocaleContextHolder.getLocale(), Map.of("meetings", items, "attached", attached));
		return templates.process("dialogue/mail/meetings", context);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
