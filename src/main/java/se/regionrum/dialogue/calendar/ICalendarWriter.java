package se.regionrum.dialogue.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;

import se.regionrum.dialogue.meeting.AgendaItem;
import se.regionrum.dialogue.meeting.Meeting;

/**
 * Writes meetings as iCalendar (RFC 5545) with ical4j: local times in Europe/Stockholm with the
 * VTIMEZONE definition included, so that every calendar client places them right. Lines are
 * folded at 75 octets ({@link ContentLines}); UIDs are {@code meeting-<id>@<domain>}.
 */
@Component
public class ICalendarWriter {

	public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

	private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();

	public record Entry(Meeting meeting, List<AgendaItem> agenda, String url) {
	}

	public String write(String calendarName, List<Entry> entries, String uidDomain) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Regionrum//Dialogue//SV"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", calendarName));
		calendar.add(new XProperty("X-WR-TIMEZONE", Meeting.ZONE.getId()));
		calendar.add(timeZone());
		Instant stamp = Instant.now();
		for (Entry entry : entries) {
			Meeting m = entry.meeting();
			ZonedDateTime start = m.start().atZone(Meeting.ZONE);
			ZonedDateTime end = m.end().atZone(Meeting.ZONE);
			VEvent event = new VEvent(start, end, m.title());
			event.add(new Uid("meeting-" + m.id() + "@" + uidDomain));
			event.replace(new DtStamp(stamp));
			String where = m.place() != null ? m.place() : m.onlineUrl();
			if (where != null) {
				event.add(new Location(where));
			}
			event.add(new Description(description(m, entry.agenda(), entry.url())));
			if (entry.url() != null && entry.url().startsWith("http")) {
				event.add(new Url(URI.create(entry.url())));
			}
			calendar.add(event);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return ContentLines.refold(out.toString());
	}

	/**
	 * The VTIMEZONE for Europe/Stockholm. ical4j's bundled database resolves the zone as a link
	 * to Europe/Berlin (same rules since 1980); the copy carries the TZID that the events use, as
	 * RFC 5545 requires.
	 */
	private VTimeZone timeZone() {
		VTimeZone zone = registry.getTimeZone(Meeting.ZONE.getId()).getVTimeZone().copy();
		zone.replace(new TzId(Meeting.ZONE.getId()));
		zone.removeAll(Property.TZURL, "X-LIC-LOCATION");
		return zone;
	}

	private static String description(Meeting m, List<AgendaItem> agenda, String url) {
		StringBuilder text = new StringBuilder();
		if (m.theme() != null) {
			text.append(m.theme()).append("\n\n");
		}
		if (m.coffeeTime() != null) {
			text.append("Fika ").append(m.coffeeTime()).append("\n");
		}
		for (AgendaItem item : agenda) {
			if (item.startTime() != null) {
				text.append(item.times()).append(' ');
			}
			text.append(item.title());
			if (item.speaker() != null) {
				text.append(" – ").append(item.speaker());
				if (item.speakerOrganisation() != null) {
					text.append(", ").append(item.speakerOrganisation());
				}
			}
			text.append('\n');
		}
		if (m.onlineUrl() != null) {
			text.append('\n').append(m.onlineUrl()).append('\n');
		}
		if (url != null) {
			text.append('\n').append(url);
		}
		return text.toString().strip();
	}

}
