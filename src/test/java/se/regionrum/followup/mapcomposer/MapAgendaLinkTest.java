package se.regionrum.followup.mapcomposer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.context.SecurityContextHolder;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.TestAuthentication;

/** A map attached to a meeting's agenda item shows as "Karta: title" on the meeting page. */
@SpringBootTest
@AutoConfigureMockMvc
class MapAgendaLinkTest extends FollowupTestBase {

	private long[] meetingWithItem(boolean published) {
		Instant now = Instant.now();
		String title = "Kartmöte " + token();
		jdbc.sql("""
				insert into meeting (title, kind, meeting_date, start_time, end_time, published, organiser_id,
				    created_at, updated_at)
				values (?, 'SEMINAR', ?, '09:00', '12:00', ?, ?, ?, ?)""")
			.params(title, LocalDate.now().plusDays(7), published, falun.id(), Timestamp.from(now), Timestamp.from(now))
			.update();
		long meeting = jdbc.sql("select id from meeting where title = ?").param(title).query(Long.class).single();
		jdbc.sql("insert into meeting_agenda_item (meeting_id, position, title) values (?, 1, 'Läget i regionen')")
			.param(meeting).update();
		long item = jdbc.sql("select id from meeting_agenda_item where meeting_id = ?").param(meeting)
			.query(Long.class).single();
		return new long[] { meeting, item };
	}

	@Test
	void theMeetingPageLinksToTheFullScreenMap() throws Exception {
		long[] meeting = meetingWithItem(true);
		MapComposition map = map("Mötets karta " + token(), falun.id(), true);
		var editor = TestAuthentication.editorOf(falun.id());
		mvc.perform(get("/maps/{id}/edit", map.id()).param("meetingId", String.valueOf(meeting[0]))
			.with(authentication(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Läget i regionen")));
		mvc.perform(post("/maps/{id}/agenda", map.id()).param("agendaItemId", String.valueOf(meeting[1]))
			.with(authentication(editor)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/meetings/{id}", meeting[0]).with(authentication(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Karta: " + map.title())))
			.andExpect(content().string(Matchers.containsString("/maps/" + map.id() + "/present")));
		mvc.perform(get("/maps/{id}", map.id())).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Läget i regionen")));

		mvc.perform(post("/maps/{id}/agenda/{item}/delete", map.id(), meeting[1]).with(authentication(editor))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/meetings/{id}", meeting[0]).with(authentication(editor)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Karta: " + map.title()))));
	}

	@Test
	void visitorsSeeNoLinkToADraftMap() throws Exception {
		long[] meeting = meetingWithItem(true);
		MapComposition draft = map("Utkastkarta " + token(), falun.id(), false);
		SecurityContextHolder.getContext().setAuthentication(TestAuthentication.editorOf(falun.id()));
		try {
			maps.attach(draft.id(), meeting[1]);
			assertThatThrownBy(() -> maps.attach(draft.id(), -1)).isInstanceOf(InvalidInputException.class);
			assertThat(maps.agendaItems(draft.id())).hasSize(1);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		mvc.perform(get("/meetings/{id}", meeting[0])).andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(draft.title()))));
	}

}
