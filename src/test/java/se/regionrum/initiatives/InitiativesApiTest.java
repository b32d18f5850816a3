package se.regionrum.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.regionrum.platform.TestAuthentication;

/**
 * The module's API for other modules: the dialogue module creates an initiative from a meeting
 * note with a reference back to it, finds it again by that reference, and hears of it by event.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class InitiativesApiTest extends InitiativesTestBase {

	@Autowired
	Initiatives api;

	@Autowired
	ApplicationEvents events;

	@Test
	void createsAnInitiativeFromAMeetingNoteWithItsOrigin() {
		long note = System.nanoTime() % 1_000_000_000L;
		SecurityContextHolder.getContext().setAuthentication(TestAuthentication.editorOf(mora.id()));
		try {
			InitiativeRef ref = api.create(new InitiativeDraft("Lokal mathall i Mora " + token(), "Från kommundialogen",
					mora.id(), InitiativeLevel.LOCAL, Set.of(mora.id()), Set.of(),
					new InitiativeOrigin("MEETING_NOTE", note, "Kommundialog Mora")));
			assertThat(ref.status()).isEqualTo(InitiativeStatus.IDEA);
			assertThat(ref.published()).isFalse();
			assertThat(api.fromOrigin("MEETING_NOTE", note)).containsExactly(ref);
			assertThat(api.find(ref.id())).contains(ref);
			assertThat(events.stream(InitiativeCreated.class))
				.anyMatch(e -> e.initiativeId() == ref.id() && e.origin().id() == note);
			assertThat(initiatives.get(ref.id()).originLabel()).isEqualTo("Kommundialog Mora");

			assertThatThrownBy(() -> api.create(new InitiativeDraft("Annans", null, falun.id(), null, Set.of(), Set.of(),
					null))).isInstanceOf(AccessDeniedException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		// unpublished: not for anonymous callers
		assertThat(api.fromOrigin("MEETING_NOTE", note)).isEmpty();
	}

}
