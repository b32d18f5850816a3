package se.regionrum.dialogue.presentation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import se.regionrum.platform.ClusterSignals;

/**
 * Pushes a presentation's state over server-sent events to the participants' phones (event
 * {@code question}) and to the presenter's screens (event {@code results}).
 * <p>
 * Built for a room of thousands of phones on a small machine: one room per presentation holds
 * its streams (async {@link SseEmitter}s, no thread per connection); on a change the state is read
 * once, and each event is rendered and serialised once per language and sent as the same string
 * to every stream, by a small pool that splits the phones into slices, so that one slow phone does
 * not hold up the others. Changes that arrive while a send is pending fold into it. Answers only
 * mark a room's results as stale; the screens get fresh numbers every 250 ms at most.
 * <p>
 * With several servers, a phone or screen may be connected to another server than the one that
 * took the answer or the presenter's move. The server that took it signals the others
 * ({@link ClusterSignals}, a PostgreSQL {@code NOTIFY} delivered on commit), and every server also
 * polls a cheap change stamp of the presentations it has streams for (every
 * {@code regionrum.presentations.change-poll-ms}, 300 ms), which is the only way on H2 and the
 * safety net for a lost signal on PostgreSQL. Either way the state sent is read from the database,
 * so a lost signal delays the numbers by one poll and loses nothing.
 */
@Component
public class PresentationBroadcaster {

	private static final Logger log = LoggerFactory.getLogger(PresentationBroadcaster.class);

	private static final long STREAM_TIMEOUT_MS = 4L * 60 * 60 * 1000;

	private static final int SLICE = 250;

	/** Signals carry {@code <presentation id> moved} or {@code <presentation id> answers}. */
	private static final String CHANNEL = "presentation";

	private record Stream(SseEmitter emitter, Locale locale) {
	}

	private static final class Room {

		final List<Stream> phones = new CopyOnWriteArrayList<>();

		final List<Stream> screens = new CopyOnWriteArrayList<>();

		final AtomicBoolean phonesPending = new AtomicBoolean();

		/** The last phone event per language, for the phones that connect until the next change. */
		volatile Map<Locale, String> lastPhoneEvent = Map.of();

		volatile long lastVersion = -1;

		/** The last change stamp this server's poll read, {@code null} before the first. */
		volatile PresentationQueries.ChangeStamp stamp;

	}

	private final Map<Long, Room> rooms = new ConcurrentHashMap<>();

	private final Set<Long> staleResults = ConcurrentHashMap.newKeySet();

	private final ExecutorService senders = Executors.newFixedThreadPool(
			Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
				Thread t = new Thread(r, "presentation-sse");
				t.setDaemon(true);
				return t;
			});

	private final PresentationService presentations;

	private final SpringTemplateEngine templates;

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	private final ClusterSignals signals;

	PresentationBroadcaster(PresentationService presentations, SpringTemplateEngine templates, MessageSource messages,
			ClusterSignals signals) {
		this.presentations = presentations;
		this.templates = templates;
		this.messages = messages;
		this.signals = signals;
		signals.subscribe(CHANNEL, this::onSignal);
	}

	/** A participant's phone: gets the question shown now at once, and again on every change. */
	public SseEmitter connectPhone(long presentationId, Locale locale) {
		Room room = room(presentationId);
		Stream stream = register(room.phones, locale);
		String event = room.lastPhoneEvent.get(locale);
		if (event == null) {
			PresentationService.Live live = presentations.live(presentationId);
			event = phoneEvents(live, Map.of(), Set.of(locale)).get(locale);
			// the phones of this room have seen this version: a poll or signal that finds it sends nothing again
			if (room.lastVersion < 0) {
				room.lastVersion = live.presentation().version();
			}
		}
		send(stream, "question", event, room.phones);
		return stream.emitter();
	}

	/** A presenter's screen (big screen or control page): gets the results now and as they change. */
	public SseEmitter connectScreen(long presentationId, Locale locale) {
		Room room = room(presentationId);
		Stream stream = register(room.screens, locale);
		send(stream, "results", screenEvents(presentations.live(presentationId), Set.of(locale)).get(locale), room.screens);
		return stream.emitter();
	}

	private Room room(long presentationId) {
		return rooms.computeIfAbsent(presentationId, id -> new Room());
	}

	private static Stream register(List<Stream> list, Locale locale) {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT_MS);
		Stream stream = new Stream(emitter, locale);
		list.add(stream);
		emitter.onCompletion(() -> list.remove(stream));
		emitter.onTimeout(() -> list.remove(stream));
		emitter.onError(ex -> list.remove(stream));
		return stream;
	}

	/** After the change is committed, so that the state read here is the new one. */
	@TransactionalEventListener(fallbackExecution = true)
	void onChange(PresentationChanged event) {
		changed(event.presentationId(), event.moved());
	}

	/** Before the commit, so that the signal goes with it (and not at all on a rollback). */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void tellOtherServers(PresentationChanged event) {
		try {
			signals.publish(CHANNEL, event.presentationId() + (event.moved() ? " moved" : " answers"));
		}
		catch (RuntimeException ex) {
			// the other servers' polls still find the change; the answer or move itself stands
			log.warn("Could not signal the other servers that presentation {} changed", event.presentationId(), ex);
		}
	}

	/** Another server took a change: as {@link #onChange}, for the presentations with streams here. */
	void onSignal(String payload) {
		String[] parts = payload.split(" ");
		if (parts.length == 2 && parts[0].matches("\\d{1,18}") && rooms.containsKey(Long.parseLong(parts[0]))) {
			changed(Long.parseLong(parts[0]), parts[1].equals("moved"));
		}
	}

	/**
	 * Changes made on any server, read from the database: the only way on H2, and on PostgreSQL
	 * what catches a signal that was lost. A room's first stamp counts as a change (its streams may
	 * have opened just before it), which costs one screen refresh and no phone event when the phones
	 * already have the version.
	 */
	@Scheduled(fixedDelayString = "${regionrum.presentations.change-poll-ms:300}")
	void pollChanges() {
		List<Long> open = new ArrayList<>();
		rooms.forEach((id, room) -> {
			if (!room.phones.isEmpty() || !room.screens.isEmpty()) {
				open.add(id);
			}
		});
		if (open.isEmpty()) {
			return;
		}
		Map<Long, PresentationQueries.ChangeStamp> stamps;
		try {
			stamps = presentations.changeStamps(open);
		}
		catch (RuntimeException ex) {
			return;
		}
		stamps.forEach((id, stamp) -> {
			Room room = rooms.get(id);
			PresentationQueries.ChangeStamp before = room.stamp;
			room.stamp = stamp;
			if (before == null || before.version() != stamp.version()) {
				changed(id, true);
			}
			else if (!before.equals(stamp)) {
				changed(id, false);
			}
		});
	}

	private void changed(long presentationId, boolean moved) {
		staleResults.add(presentationId);
		Room room = rooms.get(presentationId);
		if (moved && room != null && room.phonesPending.compareAndSet(false, true)) {
			senders.execute(() -> sendToPhones(presentationId, room));
		}
	}

	private void sendToPhones(long presentationId, Room room) {
		room.phonesPending.set(false);
		PresentationService.Live live;
		try {
			live = presentations.live(presentationId);
		}
		catch (RuntimeException ex) {
			return;
		}
		if (live.presentation().version() == room.lastVersion) {
			return;
		}
		Set<Locale> locales = new java.util.HashSet<>();
		room.phones.forEach(s -> locales.add(s.locale()));
		Map<Locale, String> events = phoneEvents(live, Map.of(), locales);
		room.lastPhoneEvent = events;
		room.lastVersion = live.presentation().version();
		List<Stream> phones = new ArrayList<>(room.phones);
		for (int from = 0; from < phones.size(); from += SLICE) {
			List<Stream> slice = phones.subList(from, Math.min(phones.size(), from + SLICE));
			senders.execute(() -> slice.forEach(s -> send(s, "question", events.get(s.locale()), room.phones)));
		}
	}

	/** Fresh numbers for the screens of presentations that got answers or changed. */
	@Scheduled(fixedDelay = 250)
	void flushScreens() {
		for (Long id : List.copyOf(staleResults)) {
			staleResults.remove(id);
			Room room = rooms.get(id);
			if (room == null || room.screens.isEmpty()) {
				continue;
			}
			Set<Locale> locales = new java.util.HashSet<>();
			room.screens.forEach(s -> locales.add(s.locale()));
			Map<Locale, String> events;
			try {
				events = screenEvents(presentations.live(id), locales);
			}
			catch (RuntimeException ex) {
				continue;
			}
			for (Stream s : room.screens) {
				send(s, "results", events.get(s.locale()), room.screens);
			}
		}
	}

	/** A comment line every 20 s keeps proxies and phones from closing quiet streams. */
	@Scheduled(fixedRate = 20_000, initialDelay = 20_000)
	void heartbeat() {
		for (Room room : rooms.values()) {
			List<Stream> all = new ArrayList<>(room.phones);
			all.addAll(room.screens);
			for (int from = 0; from < all.size(); from += SLICE) {
				List<Stream> slice = all.subList(from, Math.min(all.size(), from + SLICE));
				senders.execute(() -> slice.forEach(s -> {
					try {
						s.emitter().send(SseEmitter.event().comment("hb"));
					}
					catch (IOException | IllegalStateException ex) {
						room.phones.remove(s);
						room.screens.remove(s);
					}
				}));
			}
		}
	}

	/** Ends the open streams, so that a graceful shutdown does not wait for phones and screens. */
	@EventListener(ContextClosedEvent.class)
	void closeAll() {
		for (Room room : rooms.values()) {
			for (Stream s : room.phones) {
				complete(s);
			}
			for (Stream s : room.screens) {
				complete(s);
			}
			room.phones.clear();
			room.screens.clear();
		}
		senders.shutdownNow();
	}

	private static void complete(Stream s) {
		try {
			s.emitter().complete();
		}
		catch (RuntimeException ex) {
			// already gone
		}
	}

	private static void send(Stream stream, String name, String data, List<Stream> list) {
		try {
			stream.emitter().send(SseEmitter.event().name(name).data(data, MediaType.TEXT_PLAIN));
		}
		catch (IOException | IllegalStateException ex) {
			list.remove(stream);
		}
	}

	/**
	 * The phone event: {@code questionId}, {@code position}, {@code version}, {@code kind},
	 * {@code locked} and {@code html}, the question part of the participant page for the
	 * language. The html is the form as a participant who has not answered sees it; the page
	 * remembers which questions it answered.
	 */
	Map<Locale, String> phoneEvents(PresentationService.Live live, Map<Locale, String> known, Set<Locale> locales) {
		Map<Locale, String> events = new LinkedHashMap<>(known);
		List<QaEntry> qa = live.question() != null && live.question().kind() == QuestionKind.QA
				? presentations.qa(live.question().id()) : List.of();
		for (Locale locale : locales) {
			events.computeIfAbsent(locale, l -> {
				Context context = new Context(l);
				context.setVariable("presentation", live.presentation());
				context.setVariable("question", live.question());
				context.setVariable("qa", qa);
				context.setVariable("answered", false);
				String html = templates.process("dialogue/presentations/participant", Set.of("question"), context);
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("questionId", live.question() == null ? 0 : live.question().id());
				data.put("position", live.presentation().position());
				data.put("version", live.presentation().version());
				data.put("kind", live.question() == null ? null : live.question().kind().name());
				data.put("locked", live.question() != null && live.question().locked());
				data.put("html", html);
				return json.writeValueAsString(data);
			});
		}
		return events;
	}

	/**
	 * The screen event: the question and version (a screen fetches the new question part when
	 * they change) and the rows, which a screen updates in place.
	 */
	Map<Locale, String> screenEvents(PresentationService.Live live, Set<Locale> locales) {
		Results results = live.question() == null ? null : presentations.resultsOf(live.question());
		Map<Locale, String> events = new LinkedHashMap<>();
		for (Locale locale : locales) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("questionId", live.question() == null ? 0 : live.question().id());
			data.put("position", live.presentation().position());
			data.put("version", live.presentation().version());
			if (results != null) {
				data.put("kind", results.question().kind().name());
				data.put("hidden", results.hidden());
				data.put("answers", results.answers());
				data.put("answersLabel", messages.getMessage(
						results.question().kind() == QuestionKind.QA ? "dialogue.presentation.qaCount" : "dialogue.presentation.answers",
						new Object[] { results.answers() }, locale));
				data.put("mean", results.mean() == null ? null
						: messages.getMessage("dialogue.presentation.mean", new Object[] { results.mean() }, locale));
				data.put("rows", results.hidden() ? List.of() : results.rows());
			}
			events.put(locale, json.writeValueAsString(data));
		}
		return events;
	}

}
