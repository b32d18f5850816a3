package se.regionrum.platform.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.regionrum.platform.DemoData;
import se.regionrum.platform.SystemUser;

/**
 * Loads the demo data set at start-up: calls every module's {@link DemoData} in order, as the
 * system user, once the application is ready (before it reports readiness), honouring
 * {@code regionrum.demo.mode} ({@code if-empty}, {@code always} or {@code never}).
 */
@Component
public class DemoDataRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	/** The values of {@code regionrum.demo.mode}. */
	public enum Mode {

		IF_EMPTY, ALWAYS, NEVER;

		static Mode of(String value) {
			if (value == null || value.isBlank()) {
				return IF_EMPTY;
			}
			return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
		}

	}

	private final Mode mode;

	private final List<DemoData> parts;

	public DemoDataRunner(@Value("${regionrum.demo.mode:if-empty}") String mode, List<DemoData> parts) {
		this.mode = Mode.of(mode);
		this.parts = parts.stream().sorted(Comparator.comparingInt(DemoData::order)).toList();
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0) // before the import and analysis executors pick up queued work
	public void onReady() {
		load();
	}

	/** Loads the parts the mode asks for, in order. */
	public void load() {
		if (mode == Mode.NEVER) {
			log.debug("Demo data switched off (regionrum.demo.mode=never)");
			return;
		}
		for (DemoData part : parts) {
			SystemUser.run(() -> {
				if (mode == Mode.ALWAYS || part.holdsNoData()) {
					part.loadMissing();
				}
				else {
					log.debug("Demo data {} not loaded: the module holds data already", part.getClass().getSimpleName());
				}
			});
		}
	}

}
