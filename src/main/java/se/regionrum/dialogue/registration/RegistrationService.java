package se.regionrum.dialogue.registration;

import static se.regionrum.platform.Text.blank;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.dialogue.calendar.ICalendarWriter;
import se.regionrum.dialogue.calendar.MeetingCalendar;
import se.regionrum.dialogue.mail.Mailer;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.PublicBaseUrl;

/**
 * Registrations and their rules: deadline, capacity, at most N people per organisation, series
 * registration, waiting list with promotion when someone cancels.
 * <p>
 * The rules hold under concurrency the way pretix holds its quotas: the registering transaction
 * first locks the meeting row ({@code select … for update}); for a series, every meeting of the
 * series in id order, so two transactions never wait for each other in a cycle. Counting and
 * inserting happen under that lock, so they are serialised per meeting and nothing else.
 * <p>
 * The per-organisation quota counts confirmed and wait-listed people together: the waiting list
 * only takes people who could be given a place, and promotion (oldest first) can never put an
 * organisation over its quota.
 */
@Service
public class RegistrationService {

	static final String AUDIT_TYPE = "meeting-registration";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final MeetingService meetings;

	private final SeriesService series;

	private final Organisations organisations;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Permissions permissions;

	private final AuditLog audit;

	private final PublicBaseUrl publicBaseUrl;

	private final MeetingCalendar calendar;

	private final Clock clock;

	RegistrationService(JdbcClient jdbc, MeetingService meetings, SeriesService series, Organisations organisations,
			Mailer mailer, MessageSource messages, Permissions permissions, AuditLog audit,
			PublicBaseUrl publicBaseUrl, MeetingCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.series = series;
		this.organisations = organisations;
		this.mailer = mailer;
		this.messages = messages;
		this.permissions = permissions;
		this.audit = audit;
		this.publicBaseUrl = publicBaseUrl;
		this.clock = clock;
	}

	/** The rules that apply to a meeting: its own, or else its series'. */
	public record Rules(LocalDate deadline, Integer capacity, Integer perOrganisationLimit, boolean waitingList,
			boolean seriesOnly) {
	}

	public Rules rules(Meeting meeting) {
		Optional<Series> s = meetings.seriesOf(meeting);
		return new Rules(meeting.registrationDeadline() != null ? meeting.registrationDeadline()
				: s.map(Series::registrationDeadline).orElse(null),
				meeting.capacity() != null ? meeting.capacity() : s.map(Series::capacity).orElse(null),
				meeting.perOrganisationLimit() != null ? meeting.perOrganisationLimit()
						: s.map(Series::perOrganisationLimit).orElse(null),
				meeting.waitingList() && s.map(Series::waitingList).orElse(true),
				s.map(Series::seriesRegistrationOnly).orElse(false));
	}

	/** Places left, or {@code null} when the meeting has no capacity limit. */
	public Integer placesLeft(Meeting meeting) {
		Integer capacity = rules(meeting).capacity();
		if (capacity == null) {
			return null;
		}
		return Math.max(0, capacity - count(meeting.id(), RegistrationStatus.CONFIRMED));
	}

	public int count(long meetingId, RegistrationStatus status) {
		return jdbc.sql("select count(*) from meeting_registration where meeting_id = ? and status = ?")
			.params(meetingId, status.name())
			.query(Integer.class)
			.single();
	}

	/** Whether the public page offers registration now, and if not, why. */
	public RefusalReason closedReason(Meeting meeting) {
		Rules rules = rules(meeting);
		if (!meeting.isPublic(Instant.now())) {
			return RefusalReason.NOT_OPEN;
		}
		if (meeting.isPast(Instant.now())) {
			return RefusalReason.MEETING_OVER;
		}
		if (rules.deadline() != null && today().isAfter(rules.deadline())) {
			return RefusalReason.DEADLINE_PASSED;
		}
		return null;
	}

	/**
	 * Registers the registrant and their colleagues for one meeting. Every person named gets an
	 * outcome; colleagues beyond {@link RegistrationForm#MAX_COLLEAGUES} are refused.
	 */
	@Transactional
	public List<Outcome> register(long meetingId, RegistrationForm form) {
		Meeting meeting = meetings.get(meetingId);
		Rules rules = rules(meeting);
		List<Person> people = form.people();
		if (rules.seriesOnly()) {
			return refuseAll(people, RefusalReason.SERIES_ONLY);
		}
		if (!form.isConsent()) {
			return refuseAll(people, RefusalReason.CONSENT_MISSING);
		}
		lock(List.of(meetingId));
		Organisation organisation = organisation(form);
		List<Outcome> outcomes = new ArrayList<>();
		for (Person person : considered(people)) {
			Decision decision = decide(meeting, rules, organisation, person);
			if (decision.status() == RegistrationStatus.REFUSED) {
				outcomes.add(new Outcome(person.name(), person.email(), RegistrationStatus.REFUSED, decision.reason(), null));
				continue;
			}
			String token = newToken();
			insert(meeting.id(), null, token, person, organisation, form, decision.status());
			outcomes.add(new Outcome(person.name(), person.email(), decision.status(), null, token));
			mailConfirmation(person, decision.status(), List.of(meeting), token, null);
		}
		outcomes.addAll(beyondLimit(people));
		return outcomes;
	}

	/**
	 * Registers the same people for every coming meeting of a series. A person is refused if any
	 * meeting refuses them (so that the same people come to every meeting); wait-listed if a
	 * meeting is full.
	 */
	@Transactional
	public List<Outcome> registerForSeries(long seriesId, RegistrationForm form) {
		Series s = series.get(seriesId);
		List<Person> people = form.people();
		if (!s.isPublic(Instant.now())) {
			return refuseAll(people, RefusalReason.NOT_OPEN);
		}
		if (!form.isConsent()) {
			return refuseAll(people, RefusalReason.CONSENT_MISSING);
		}
		List<Meeting> coming = meetings.list(today(), null, seriesId).stream()
			.filter(m -> m.isPublic(Instant.now()) && !m.isPast(Instant.now()))
			.sorted(Comparator.comparingLong(Meeting::id))
			.toList();
		if (coming.isEmpty()) {
			return refuseAll(people, RefusalReason.NO_MEETINGS);
		}
		lock(coming.stream().map(Meeting::id).toList());
		Organisation organisation = organisation(form);
		List<Outcome> outcomes = new ArrayList<>();
		for (Person person : considered(people)) {
			List<Decision> decisions = new ArrayList<>();
			RefusalReason refused = null;
			for (Meeting meeting : coming) {
				Decision decision = decide(meeting, rules(meeting), organisation, person);
				if (decision.status() == RegistrationStatus.REFUSED) {
					refused = decision.reason();
					break;
				}
				decisions.add(decision);
			}
			if (refused != null) {
				outcomes.add(new Outcome(person.name(), person.email(), RegistrationStatus.REFUSED, refused, null));
				continue;
			}
			String token = newToken();
			boolean anyWaiting = false;
			for (int i = 0; i < coming.size(); i++) {
				insert(coming.get(i).id(), seriesId, token, person, organisation, form, decisions.get(i).status());
				anyWaiting |= decisions.get(i).status() == RegistrationStatus.WAITLISTED;
			}
			RegistrationStatus status = anyWaiting ? RegistrationStatus.WAITLISTED : RegistrationStatus.CONFIRMED;
			outcomes.add(new Outcome(person.name(), person.email(), status, null, token));
			mailConfirmation(person, status, coming, token, s);
		}
		outcomes.addAll(beyondLimit(people));
		return outcomes;
	}

	/** The registrant and the first {@link RegistrationForm#MAX_COLLEAGUES} colleagues. */
	private static List<Person> considered(List<Person> people) {
		return people.subList(0, Math.min(people.size(), 1 + RegistrationForm.MAX_COLLEAGUES));
	}

	/**
	 * The colleagues one registration may not bring: each is told so, rather than left out. The limit
	 * keeps one anonymous request from taking a meeting's places (and sending its mails) in bulk.
	 */
	private List<Outcome> beyondLimit(List<Person> people) {
		int allowed = 1 + RegistrationForm.MAX_COLLEAGUES;
		return people.size() <= allowed ? List.of()
				: refuseAll(people.subList(allowed, people.size()), RefusalReason.TOO_MANY_COLLEAGUES);
	}

	/** The registrations behind a personal cancellation link (one person; one meeting or a series). */
	public List<Registration> byToken(String token) {
		if (token == null || !token.matches("[0-9a-f]{32}")) {
			throw new NotFoundException("Registration", "token");
		}
		List<Registration> found = jdbc.sql("select * from meeting_registration where token = ? order by meeting_id")
			.param(token)
			.query(RegistrationService::map)
			.list();
		if (found.isEmpty()) {
			throw new NotFoundException("Registration", "token");
		}
		return found;
	}

	/**
	 * Cancels everything behind a personal link, and gives the freed places to the waiting list,
	 * oldest first. Returns the number of registrations cancelled.
	 */
	@Transactional
	public int cancel(String token) {
		List<Registration> active = byToken(token).stream()
			.filter(r -> r.status() == RegistrationStatus.CONFIRMED || r.status() == RegistrationStatus.WAITLISTED)
			.toList();
		List<Long> meetingIds = new ArrayList<>(new TreeSet<>(active.stream().map(Registration::meetingId).toList()));
		lock(meetingIds);
		int cancelled = 0;
		for (Registration r : active) {
			cancelled += jdbc.sql("""
					update meeting_registration set status = 'CANCELLED', cancelled_at = ?
					where id = ? and status in ('CONFIRMED', 'WAITLISTED')""")
				.params(OffsetDateTime.now(ZoneOffset.UTC), r.id())
				.update();
			audit.event(AUDIT_TYPE, r.id(), AuditAction.UPDATE, "dialogue.audit.cancelled");
		}
		for (Long meetingId : meetingIds) {
			promote(meetings.find(meetingId).orElseThrow());
		}
		if (!active.isEmpty()) {
			Registration first = active.get(0);
			mailer.send(first.email(), text("dialogue.mail.cancelled.subject"),
					text("dialogue.mail.cancelled.body", first.name(), titles(meetingIds)));
		}
		return cancelled;
	}

	private void promote(Meeting meeting) {
		Integer capacity = rules(meeting).capacity();
		if (capacity == null) {
			return;
		}
		while (count(meeting.id(), RegistrationStatus.CONFIRMED) < capacity) {
			Optional<Registration> next = jdbc
				.sql("select * from meeting_registration where meeting_id = ? and status = 'WAITLISTED' order by id")
				.param(meeting.id())
				.query(RegistrationService::map)
				.list()
				.stream()
				.findFirst();
			if (next.isEmpty()) {
				return;
			}
			Registration r = next.get();
			jdbc.sql("update meeting_registration set status = 'CONFIRMED' where id = ?").param(r.id()).update();
			audit.event(AUDIT_TYPE, r.id(), AuditAction.UPDATE, "dialogue.audit.promoted");
			mailer.send(r.email(), text("dialogue.mail.promoted.subject", meeting.title()),
					text("dialogue.mail.promoted.body", r.name(), meeting.title(), meeting.date(), cancelUrl(r.token()))
							+ "\n\n" + details(meeting),
					new Mailer.Attachment("mote-" + meeting.id() + ".ics", ICalendarWriter.MEDIA_TYPE,
							calendar.write(meeting.title(), List.of(meeting))));
		}
	}

	/** Tells everyone registered (confirmed or wait-listed) that the meeting moved. */
	@org.springframework.context.event.EventListener
	void onMeetingChanged(se.regionrum.dialogue.MeetingChanged change) {
		List<Registration> active = jdbc.sql("""
				select * from meeting_registration where meeting_id = ? and status in ('CONFIRMED', 'WAITLISTED')
				order by id""")
			.param(change.meetingId())
			.query(RegistrationService::map)
			.list();
		for (Registration r : active) {
			mailer.send(r.email(), text("dialogue.mail.changed.subject", change.title()),
					text("dialogue.mail.changed.body", r.name(), change.title(), change.what(), cancelUrl(r.token())));
		}
	}

	/** The current user's view of a meeting's participants: editors of the meeting only. */
	public List<Registration> participants(long meetingId) {
		Meeting meeting = meetings.requireEditable(meetingId);
		return jdbc.sql("""
				select * from meeting_registration where meeting_id = ?
				order by organisation_name, case status when 'CONFIRMED' then 0 when 'WAITLISTED' then 1 else 2 end, id""")
			.param(meeting.id())
			.query(RegistrationService::map)
			.list();
	}

	@Transactional
	public void setAttended(long meetingId, long registrationId, boolean attended) {
		meetings.requireEditable(meetingId);
		int updated = jdbc.sql("update meeting_registration set attended = ? where id = ? and meeting_id = ?")
			.params(attended, registrationId, meetingId)
			.update();
		if (updated == 0) {
			throw new NotFoundException("Registration", registrationId);
		}
		audit.event(AUDIT_TYPE, registrationId, AuditAction.UPDATE,
				attended ? "dialogue.audit.attended" : "dialogue.audit.notAttended");
	}

	/** Anonymises the registrations of meetings that ended before the given date. */
	@Transactional
	public int anonymiseEndedBefore(LocalDate date) {
		int count = jdbc.sql("""
				update meeting_registration set name = '-', email = concat('anonymised-', id, '@invalid'), diet = null,
				  registered_by = null, anonymised = true
				where anonymised = false and meeting_id in (select m.id from meeting m where m.meeting_date < ?)""")
			.param(date)
			.update();
		if (count > 0) {
			audit.event(AUDIT_TYPE, null, AuditAction.ERASE, "dialogue.audit.anonymised");
		}
		return count;
	}

	/** A person's registrations by e-mail, for an administrator answering a request. */
	public List<Registration> ofPerson(String email) {
		permissions.requireAdmin();
		audit.event(AUDIT_TYPE, null, AuditAction.EXPORT, "dialogue.audit.personExported");
		return jdbc.sql("select * from meeting_registration where lower(email) = lower(?) order by id")
			.param(email.strip())
			.query(RegistrationService::map)
			.list();
	}

	/** Erases a person's data from all their registrations (the rows stay, anonymised, for the counts). */
	@Transactional
	public int erasePerson(String email) {
		permissions.requireAdmin();
		int count = jdbc.sql("""
				update meeting_registration set name = '-', email = concat('anonymised-', id, '@invalid'), diet = null,
				  registered_by = null, anonymised = true
				where lower(email) = lower(?)""")
			.param(email.strip())
			.update();
		audit.event(AUDIT_TYPE, null, AuditAction.ERASE, "dialogue.audit.personErased");
		return count;
	}

	private record Organisation(String key, String name, Long id) {
	}

	private Organisation organisation(RegistrationForm form) {
		if (form.getOrganisationId() != null) {
			Optional<OrganisationRef> ref = organisations.find(form.getOrganisationId());
			if (ref.isPresent()) {
				return new Organisation("id:" + ref.get().id(), ref.get().name(), ref.get().id());
			}
		}
		String name = form.getOrganisationName().strip().replaceAll("\\s+", " ");
		Optional<OrganisationRef> byName = organisations.findByName(name);
		if (byName.isPresent()) {
			return new Organisation("id:" + byName.get().id(), byName.get().name(), byName.get().id());
		}
		return new Organisation("name:" + name.toLowerCase(Locale.ROOT), name, null);
	}

	private record Decision(RegistrationStatus status, RefusalReason reason) {

		static Decision refused(RefusalReason reason) {
			return new Decision(RegistrationStatus.REFUSED, reason);
		}

	}

	/** Must run under the meeting's lock. */
	private Decision decide(Meeting meeting, Rules rules, Organisation organisation, Person person) {
		Instant now = Instant.now();
		if (!meeting.isPublic(now)) {
			return Decision.refused(RefusalReason.NOT_OPEN);
		}
		if (meeting.isPast(now)) {
			return Decision.refused(RefusalReason.MEETING_OVER);
		}
		if (rules.deadline() != null && today().isAfter(rules.deadline())) {
			return Decision.refused(RefusalReason.DEADLINE_PASSED);
		}
		int same = jdbc.sql("""
				select count(*) from meeting_registration
				where meeting_id = ? and lower(email) = lower(?) and lower(name) = lower(?)
				  and status in ('CONFIRMED', 'WAITLISTED')""")
			.params(meeting.id(), person.email(), person.name())
			.query(Integer.class)
			.single();
		if (same > 0) {
			return Decision.refused(RefusalReason.ALREADY_REGISTERED);
		}
		if (rules.perOrganisationLimit() != null) {
			int ofOrganisation = jdbc.sql("""
					select count(*) from meeting_registration
					where meeting_id = ? and organisation_key = ? and status in ('CONFIRMED', 'WAITLISTED')""")
				.params(meeting.id(), organisation.key())
				.query(Integer.class)
				.single();
			if (ofOrganisation >= rules.perOrganisationLimit()) {
				return Decision.refused(RefusalReason.ORGANISATION_FULL);
			}
		}
		if (rules.capacity() == null || count(meeting.id(), RegistrationStatus.CONFIRMED) < rules.capacity()) {
			return new Decision(RegistrationStatus.CONFIRMED, null);
		}
		return rules.waitingList() ? new Decision(RegistrationStatus.WAITLISTED, null)
				: Decision.refused(RefusalReason.FULL);
	}

	private void lock(List<Long> meetingIds) {
		for (Long id : meetingIds.stream().sorted().toList()) {
			jdbc.sql("select id from meeting where id = ? for update").param(id).query(Long.class).list();
		}
	}

	private void insert(long meetingId, Long seriesId, String token, Person person, Organisation organisation,
			RegistrationForm form, RegistrationStatus status) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into meeting_registration (meeting_id, series_id, token, name, email, organisation_name,
				  organisation_key, organisation_id, diet, consent, registered_by, status, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(meetingId, seriesId, token, person.name(), person.email(), organisation.name(), organisation.key(),
					organisation.id(), blank(person.diet()), form.isConsent(),
					person.email().equalsIgnoreCase(form.getEmail().strip()) && person.name().equals(form.getName().strip())
							? null : form.getName().strip(),
					status.name(), OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		audit.event(AUDIT_TYPE, keys.getKey().longValue(), AuditAction.CREATE, "dialogue.audit.registered." + status);
	}

	private List<Outcome> refuseAll(List<Person> people, RefusalReason reason) {
		return people.stream()
			.map(p -> new Outcome(p.name(), p.email(), RegistrationStatus.REFUSED, reason, null))
			.toList();
	}

	/**
	 * The confirmation: when, where (or the online link), the meeting's page and calendar file, and
	 * the cancellation link, all from the public base URL; a confirmed place also carries the
	 * calendar file, so that one tap puts the meeting in the calendar.
	 */
	private void mailConfirmation(Person person, RegistrationStatus status, List<Meeting> meetingsOf, String token,
			Series ofSeries) {
		StringBuilder list = new StringBuilder();
		for (Meeting m : meetingsOf) {
			list.append(details(m));
		}
		Mailer.Attachment file = null;
		if (status == RegistrationStatus.CONFIRMED) {
			String name = ofSeries == null ? meetingsOf.get(0).title() : ofSeries.title();
			file = new Mailer.Attachment(ofSeries == null ? "mote-" + meetingsOf.get(0).id() + ".ics" : "serie-" + ofSeries.id() + ".ics",
					ICalendarWriter.MEDIA_TYPE, calendar.write(name, meetingsOf));
			list.append('\n').append(text("dialogue.signup.mail.attached")).append('\n');
		}
		String key = status == RegistrationStatus.CONFIRMED ? "confirmed" : "waitlisted";
		mailer.send(person.email(), text("dialogue.mail." + key + ".subject", meetingsOf.get(0).title()),
				text("dialogue.mail." + key + ".body", person.name(), list.toString(), cancelUrl(token)), file);
	}

	/** One meeting in a mail: title, date and time, place or online link, its page and calendar file. */
	private String details(Meeting m) {
		Locale locale = LocaleContextHolder.getLocale();
		StringBuilder lines = new StringBuilder("- ").append(m.title()).append('\n');
		lines.append("  ").append(text("dialogue.signup.mail.when",
				m.date().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale)),
				m.startTime(), m.endTime())).append('\n');
		if (m.place() != null) {
			lines.append("  ").append(text("dialogue.signup.mail.place", m.place())).append('\n');
		}
		if (m.onlineUrl() != null) {
			lines.append("  ").append(text("dialogue.signup.mail.online", m.onlineUrl())).append('\n');
		}
		lines.append("  ").append(text("dialogue.signup.mail.page", publicBaseUrl.link("/meetings/" + m.id())))
			.append('\n');
		lines.append("  ").append(text("dialogue.signup.mail.calendar", calendar.link(m))).append('\n');
		return lines.toString();
	}

	/** The personal link in the e-mails: from the configured public address, never the request's Host. */
	public String cancelUrl(String token) {
		return publicBaseUrl.link("/registrations/" + token);
	}

	private String titles(List<Long> meetingIds) {
		return String.join(", ",
				meetingIds.stream().map(id -> meetings.find(id).map(Meeting::title).orElse("")).toList());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	static String newToken() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	static Registration map(ResultSet rs, int row) throws SQLException {
		long series = rs.getLong("series_id");
		Long seriesId = rs.wasNull() ? null : series;
		long organisation = rs.getLong("organisation_id");
		Long organisationId = rs.wasNull() ? null : organisation;
		return new Registration(rs.getLong("id"), rs.getLong("meeting_id"), seriesId, rs.getString("token"),
				rs.getString("name"), rs.getString("email"), rs.getString("organisation_name"), organisationId,
				rs.getString("diet"), RegistrationStatus.valueOf(rs.getString("status")), rs.getBoolean("attended"),
				rs.getBoolean("anonymised"), rs.getObject("created_at", OffsetDateTime.class));
	}

	Map<String, Object> summary(long meetingId) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("confirmed", count(meetingId, RegistrationStatus.CONFIRMED));
		m.put("waitlisted", count(meetingId, RegistrationStatus.WAITLISTED));
		return m;
	}

}
