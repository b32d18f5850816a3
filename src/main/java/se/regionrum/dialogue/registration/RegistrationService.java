package se.regionrum.dialogue.registration;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.dialogue.MeetingChanged;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.NotFoundException;

/**
 * Registering for meetings and series, cancelling, and the waiting list's promotion when someone
 * cancels. {@link RegistrationRules} decides; this class gathers what it decides on, in one
 * transaction, and writes the outcome through {@link RegistrationQueries}; the mails are
 * {@link RegistrationMails}'.
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

	private final RegistrationQueries queries;

	private final MeetingService meetings;

	private final SeriesService series;

	private final Organisations organisations;

	private final RegistrationMails mails;

	private final AuditLog audit;

	private final Clock clock;

	RegistrationService(RegistrationQueries queries, MeetingService meetings, SeriesService series,
			Organisations organisations, RegistrationMails mails, AuditLog audit, Clock clock) {
		this.queries = queries;
		this.meetings = meetings;
		this.series = series;
		this.organisations = organisations;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	/** The rules that apply to a meeting: its own, or else its series'. */
	public RegistrationRules rules(Meeting meeting) {
		return RegistrationRules.of(meeting, meetings.seriesOf(meeting).orElse(null));
	}

	/** What a meeting's page shows about registering: the series read once, the rules computed once. */
	public MeetingRegistration forMeeting(Meeting meeting) {
		return forMeeting(meeting, meetings.seriesOf(meeting).orElse(null));
	}

	/** The same, for a caller that has read the meeting's series already ({@code null} when none). */
	public MeetingRegistration forMeeting(Meeting meeting, Series ofSeries) {
		RegistrationRules rules = RegistrationRules.of(meeting, ofSeries);
		int confirmed = count(meeting.id(), RegistrationStatus.CONFIRMED);
		return new MeetingRegistration(ofSeries, rules, rules.placesLeft(confirmed),
				rules.closedReason(meeting, Instant.now(), today()), confirmed);
	}

	/** What a series' pages show about registering for the given meetings of it. */
	public SeriesRegistration forSeries(Series ofSeries, List<Meeting> meetingsOf) {
		Instant now = Instant.now();
		Map<Long, Integer> places = new LinkedHashMap<>();
		Integer least = null;
		boolean anyOpen = false;
		for (Meeting m : meetingsOf) {
			RegistrationRules rules = RegistrationRules.of(m, ofSeries);
			Integer left = rules.capacity() == null ? null
					: rules.placesLeft(count(m.id(), RegistrationStatus.CONFIRMED));
			places.put(m.id(), left);
			if (left != null && !m.isPast(now)) {
				least = least == null ? left : Math.min(least, left);
			}
			anyOpen |= rules.closedReason(m, now, today()) == null;
		}
		return new SeriesRegistration(meetingsOf, places, least, ofSeries.isPublic(now) && anyOpen);
	}

	/** Places left, or {@code null} when the meeting has no capacity limit. */
	public Integer placesLeft(Meeting meeting) {
		RegistrationRules rules = rules(meeting);
		return rules.capacity() == null ? null : rules.placesLeft(count(meeting.id(), RegistrationStatus.CONFIRMED));
	}

	public int count(long meetingId, RegistrationStatus status) {
		return queries.count(meetingId, status);
	}

	/** The coming meetings of a series, those a series registration covers. */
	public List<Meeting> coming(long seriesId) {
		Instant now = Instant.now();
		return meetings.list(today(), null, seriesId).stream().filter(m -> !m.isPast(now)).toList();
	}

	/**
	 * Registers the registrant and their colleagues for one meeting. Every person named gets an
	 * outcome; colleagues beyond {@link RegistrationForm#MAX_COLLEAGUES} are refused.
	 */
	@Transactional
	public List<Outcome> register(long meetingId, RegistrationForm form) {
		Meeting meeting = meetings.get(meetingId);
		RegistrationRules rules = rules(meeting);
		List<Registrant> people = form.people();
		if (rules.seriesOnly()) {
			return refuseAll(people, RefusalReason.SERIES_ONLY);
		}
		if (!form.isConsent()) {
			return refuseAll(people, RefusalReason.CONSENT_MISSING);
		}
		queries.lockMeetings(List.of(meetingId));
		Organisation organisation = organisation(form);
		List<Outcome> outcomes = new ArrayList<>();
		for (Registrant person : considered(people)) {
			RegistrationRules.Decision decision = decide(meeting, rules, organisation, person);
			if (decision.status() == RegistrationStatus.REFUSED) {
				outcomes.add(new Outcome(person.name(), person.email(), RegistrationStatus.REFUSED, decision.reason(), null));
				continue;
			}
			String token = newToken();
			insert(meeting.id(), null, token, person, organisation, form, decision.status());
			outcomes.add(new Outcome(person.name(), person.email(), decision.status(), null, token));
			mails.confirmation(person, decision.status(), List.of(meeting), token, null);
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
		List<Registrant> people = form.people();
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
		queries.lockMeetings(coming.stream().map(Meeting::id).toList());
		Organisation organisation = organisation(form);
		List<Outcome> outcomes = new ArrayList<>();
		for (Registrant person : considered(people)) {
			List<RegistrationRules.Decision> decisions = new ArrayList<>();
			RefusalReason refused = null;
			for (Meeting meeting : coming) {
				RegistrationRules.Decision decision = decide(meeting, RegistrationRules.of(meeting, s), organisation,
						person);
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
			mails.confirmation(person, status, coming, token, s);
		}
		outcomes.addAll(beyondLimit(people));
		return outcomes;
	}

	/** The registrant and the first {@link RegistrationForm#MAX_COLLEAGUES} colleagues. */
	private static List<Registrant> considered(List<Registrant> people) {
		return people.subList(0, Math.min(people.size(), 1 + RegistrationForm.MAX_COLLEAGUES));
	}

	/**
	 * The colleagues one registration may not bring: each is told so, rather than left out. The limit
	 * keeps one anonymous request from taking a meeting's places (and sending its mails) in bulk.
	 */
	private List<Outcome> beyondLimit(List<Registrant> people) {
		int allowed = 1 + RegistrationForm.MAX_COLLEAGUES;
		return people.size() <= allowed ? List.of()
				: refuseAll(people.subList(allowed, people.size()), RefusalReason.TOO_MANY_COLLEAGUES);
	}

	/** The registrations behind a personal cancellation link (one person; one meeting or a series). */
	public List<Registration> byToken(String token) {
		if (token == null || !token.matches("[0-9a-f]{32}")) {
			throw new NotFoundException("Registration", "token");
		}
		List<Registration> found = queries.byToken(token);
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
		queries.lockMeetings(meetingIds);
		int cancelled = 0;
		for (Registration r : active) {
			cancelled += queries.cancel(r.id());
			audit.event(AUDIT_TYPE, r.id(), AuditAction.UPDATE, "dialogue.audit.cancelled");
		}
		for (Long meetingId : meetingIds) {
			promote(meetings.find(meetingId).orElseThrow());
		}
		if (!active.isEmpty()) {
			mails.cancelled(active.get(0),
					meetingIds.stream().map(id -> meetings.find(id).map(Meeting::title).orElse("")).toList());
		}
		return cancelled;
	}

	/** Gives free places to the waiting list, oldest first. Runs under the meeting's lock. */
	private void promote(Meeting meeting) {
		RegistrationRules rules = rules(meeting);
		while (rules.hasPlaceFor(count(meeting.id(), RegistrationStatus.CONFIRMED))) {
			Optional<Registration> next = queries.firstWaitlisted(meeting.id());
			if (next.isEmpty()) {
				return;
			}
			Registration r = next.get();
			queries.confirm(r.id());
			audit.event(AUDIT_TYPE, r.id(), AuditAction.UPDATE, "dialogue.audit.promoted");
			mails.promoted(r, meeting);
		}
	}

	/** Tells everyone registered (confirmed or wait-listed) that the meeting moved. */
	@EventListener
	void onMeetingChanged(MeetingChanged change) {
		for (Registration r : queries.active(change.meetingId())) {
			mails.changed(r, change);
		}
	}

	/** The current user's view of a meeting's participants: editors of the meeting only. */
	public List<Registration> participants(long meetingId) {
		Meeting meeting = meetings.requireEditable(meetingId);
		return queries.participants(meeting.id());
	}

	@Transactional
	public void setAttended(long meetingId, long registrationId, boolean attended) {
		meetings.requireEditable(meetingId);
		if (queries.setAttended(meetingId, registrationId, attended) == 0) {
			throw new NotFoundException("Registration", registrationId);
		}
		audit.event(AUDIT_TYPE, registrationId, AuditAction.UPDATE,
				attended ? "dialogue.audit.attended" : "dialogue.audit.notAttended");
	}

	/** The organisation registered for: a known one by id or name, else the name as given. */
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

	/** Must run under the meeting's lock. */
	private RegistrationRules.Decision decide(Meeting meeting, RegistrationRules rules, Organisation organisation,
			Registrant person) {
		Instant now = Instant.now();
		if (rules.closedReason(meeting, now, today()) != null) {
			// refused whatever the counts: no need to count
			return rules.decide(meeting, now, today(), new RegistrationRules.Tally(0, 0, 0));
		}
		return rules.decide(meeting, now, today(),
				queries.tally(meeting.id(), person.email(), person.name(), organisation.key()));
	}

	private void insert(long meetingId, Long seriesId, String token, Registrant person, Organisation organisation,
			RegistrationForm form, RegistrationStatus status) {
		String registeredBy = person.email().equalsIgnoreCase(form.getEmail().strip())
				&& person.name().equals(form.getName().strip()) ? null : form.getName().strip();
		long id = queries.insert(meetingId, seriesId, token, person, organisation.name(), organisation.key(),
				organisation.id(), form.isConsent(), registeredBy, status);
		audit.event(AUDIT_TYPE, id, AuditAction.CREATE, "dialogue.audit.registered." + status);
	}

	private List<Outcome> refuseAll(List<Registrant> people, RefusalReason reason) {
		return people.stream()
			.map(p -> new Outcome(p.name(), p.email(), RegistrationStatus.REFUSED, reason, null))
			.toList();
	}

	/** Today in the region, from the region clock. */
	LocalDate today() {
		return LocalDate.now(clock);
	}

	static String newToken() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
