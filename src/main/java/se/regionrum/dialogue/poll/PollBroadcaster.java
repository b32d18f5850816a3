package se.regionrum.dialogue.poll;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Pushes a poll's results to its presenter screens over server-sent events: event
 * {@code results} (the live view) and, for a word cloud, event {@code moderation} (the answers the
 * presenter may remove). Answers only mark a poll as changed; every 200 ms the changed polls'
 * results are queried once and rendered once per language, and sent to all their screens, so a
 * burst of answers costs one query and one render per poll, not one each. Only presenters hold
 * streams; participants hold none.
 */
@Component
public class PollBroadcaster {

	private record Screen(SseEmitter emitter, Locale locale) {
	}

	private final Map<Long, List<Screen>> screens = new ConcurrentHashMap<>();

	private final Set<Long> changed = ConcurrentHashMap.newKeySet();

	private final PollService polls;

	private final SpringTemplateEngine templates;

	PollBroadcaster(PollService polls, SpringTemplateEngine templates) {
		this.polls = polls;
		this.templates = templates;
	}

	public SseEmitter connect(long pollId, Locale locale) {
		SseEmitter emitter = new SseEmitter(60L * 60 * 1000);
		Screen screen = new Screen(emitter, locale);
		List<Screen> list = screens.computeIfAbsent(pollId, id -> new CopyOnWriteArrayList<>());
		list.add(screen);
		emitter.onCompletion(() -> list.remove(screen));
		emitter.onTimeout(() -> list.remove(screen));
		emitter.onError(ex -> list.remove(screen));
		send(screen, renderAll(polls.results(pollId), locale), list);
		return emitter;
	}

	@EventListener
	void onChange(PollService.PollChanged event) {
		changed.add(event.pollId());
	}

	/** Ends the open streams, so that a graceful shutdown does not wait for presenter screens. */
	@EventListener(ContextClosedEvent.class)
	void closeAll() {
		for (List<Screen> list : screens.values()) {
			for (Screen screen : list) {
				try {
					screen.emitter().complete();
				}
				catch (RuntimeException ex) {
					// already gone
				}
			}
			list.clear();
		}
	}

	@Scheduled(fixedDelay = 200)
	public void flush() {
		for (Long pollId : List.copyOf(changed)) {
			changed.remove(pollId);
			List<Screen> list = screens.get(pollId);
			if (list == null || list.isEmpty()) {
				continue;
			}
			PollResults results = polls.results(pollId);
			Map<Locale, Rendered> rendered = new ConcurrentHashMap<>();
			for (Screen screen : list) {
				send(screen, rendered.computeIfAbsent(screen.locale(), l -> renderAll(results, l)), list);
			}
		}
	}

	/** What one flush sends to the screens of one language; {@code moderation} is null unless a word cloud. */
	private record Rendered(String results, String moderation) {
	}

	private Rendered renderAll(PollResults results, Locale locale) {
		return new Rendered(render(results, locale),
				results.poll().kind() == PollKind.WORD_CLOUD ? renderModeration(results, locale) : null);
	}

	private void send(Screen screen, Rendered rendered, List<Screen> list) {
		try {
			screen.emitter().send(event("results", rendered.results()));
			if (rendered.moderation() != null) {
				screen.emitter().send(event("moderation", rendered.moderation()));
			}
		}
		catch (IOException | IllegalStateException ex) {
			list.remove(screen);
		}
	}

	private static SseEmitter.SseEventBuilder event(String name, String html) {
		return SseEmitter.event().name(name).data(html.replace("\n", " "), MediaType.TEXT_HTML);
	}

	String render(PollResults results, Locale locale) {
		return fragment("results", results, locale);
	}

	String renderModeration(PollResults results, Locale locale) {
		return fragment("moderation", results, locale);
	}

	private String fragment(String name, PollResults results, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("results", results);
		return templates.process("dialogue/polls/results", Set.of(name), context);
	}

}
