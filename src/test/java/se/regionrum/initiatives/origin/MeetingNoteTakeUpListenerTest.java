package se.regionrum.initiatives.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.dialogue.MeetingNoteTakenUp;
import se.regionrum.initiatives.InitiativeRef;
import se.regionrum.initiatives.Initiatives;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.initiatives.Obstacles;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.Role;
import se.regionrum.platform.SystemUser;

/**
 * A meeting note taken up in the dialogue module becomes an initiative with its obstacle here, by
 * event; a delivery that fails is kept in the event publication registry and completes when it is
 * resubmitted. Bootstrapped with the modules the initiatives module uses (its listener needs their
 * services and the organisations of the test world).
 */
// each module test has a context of its own: closed afterwards, so its connection pool is not kept
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class MeetingNoteTakeUpListenerTest {

	@Autowired
	Initiatives initiatives;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationService organisationService;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	EventPublicationRegistry registry;

	@MockitoSpyBean
	Obstacles obstacles;

	OrganisationRef mora;

	final String run = Long.toString(System.nanoTime(), 36);

	@BeforeEach
	void world() {
		InitiativesFixtures.ensure(jdbc, organisations, organisationService);
		mora = organisations.findByScbCode("2062").orElseThrow();
	}

	/** A note id of its own for each test: the test database and this test's instance are shared. */
	private static long aNoteId() {
		return System.nanoTime() % 1_000_000_000L;
	}

	private MeetingNoteTakenUp takenUp(long note, String title) {
		return new MeetingNoteTakenUp(note, "Kommundialog Mora 2025-03-12", title, "Från dialogen", mora.id(), "LOCAL",
				mora.id(), "Lokal saknas " + run, "HOUSING", "MUNICIPALITY",
				new CurrentUser(4711, "mora-redaktor", "Redaktör i Mora", Role.EDITOR, mora.id()));
	}

	private List<InitiativeRef> fromNote(long note) {
		return SystemUser.call(() -> initiatives.fromOrigin("MEETING_NOTE", note));
	}

	private boolean failed(long note) {
		return registry.findIncompletePublications()
			.stream()
			.anyMatch(p -> p.getEvent() instanceof MeetingNoteTakenUp e && e.noteId() == note
					&& p.getStatus() == EventPublication.Status.FAILED);
	}

	private boolean pending(long note) {
		return registry.findIncompletePublications()
			.stream()
			.anyMatch(p -> p.getEvent() instanceof MeetingNoteTakenUp e && e.noteId() == note);
	}

	@Test
	void aNoteTakenUpBecomesAnInitiativeWithItsObstacle(Scenario scenario) {
		long note = aNoteId();
		scenario.publish(takenUp(note, "Mathall " + run))
			.andWaitForStateChange(() -> fromNote(note), list -> !list.isEmpty())
			.andVerify(list -> {
				assertThat(list).extracting(InitiativeRef::title).containsExactly("Mathall " + run);
				assertThat(list.get(0).ownerOrganisationId()).isEqualTo(mora.id());
				assertThat(jdbc.sql("select title from obstacle where initiative_id = ?").param(list.get(0).id())
					.query(String.class).list()).containsExactly("Lokal saknas " + run);
				assertThat(jdbc.sql("select origin_label from initiative where id = ?").param(list.get(0).id())
					.query(String.class).single()).isEqualTo("Kommundialog Mora 2025-03-12");
			});
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !pending(note));
	}

	@Test
	void aFailedDeliveryStaysIncompleteAndCompletesOnResubmission(Scenario scenario) {
		long note = aNoteId();
		doThrow(new IllegalStateException("obstacles unavailable")).when(obstacles).addObstacle(anyLong(), any());
		scenario.publish(takenUp(note, "Skolskjuts " + run))
			.andWaitAtMost(Duration.ofSeconds(10))
			.andWaitForStateChange(() -> failed(note))
			.andVerify(failed -> {
				assertThat(failed).isTrue();
				// the listener's transaction was rolled back: no initiative without its obstacle
				assertThat(fromNote(note)).isEmpty();
			});
		// the listener has given up on this delivery; it stays in the registry
		Awaitility.await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> pending(note));

		doCallRealMethod().when(obstacles).addObstacle(anyLong(), any());
		incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof MeetingNoteTakenUp e && e.noteId() == note);

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !fromNote(note).isEmpty() && !pending(note));
		assertThat(fromNote(note)).extracting(InitiativeRef::title).containsExactly("Skolskjuts " + run);
	}

}
