package se.regionrum.dialogue.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.AgendaService.Direction;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * The agenda in the organiser's order with start and end times: times are checked against the
 * meeting's hours with a message naming the field, nothing is saved when a rule is broken, up and
 * down work as plain form posts and through the API, and only the meeting's editors change it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgendaTest {

	/** An organiser id of its own (meetings hold organisations by id), so no other test edits these meetings. */
	static final long ORGANISER = 987_738L;

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	AgendaService agenda;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final Authentication editor = TestAuthentication.editorOf(ORGANISER);

	/** 10:00–15:00 with coffee from 09:30, in Falun. */
	private Meeting meeting(String title) {
		MeetingForm form = DialogueFixtures.form(title + " " + run, LocalDate.now().plusDays(30), 40, null);
		form.setOrganiserId(ORGANISER);
		return DialogueFixtures.create(meetings, form);
	}

	private AgendaItem add(Meeting meeting, String start, String end, String title) {
		return SystemUser.call(() -> agenda.add(meeting.id(), new AgendaItemForm(time(start), time(end), title, null, null)));
	}

	private static LocalTime time(String value) {
		return value == null ? null : LocalTime.parse(value);
	}

	private void assertRefused(Meeting meeting, String start, String end, String field, String key) {
		assertThatThrownBy(() -> add(meeting, start, end, "Fel " + start + "–" + end))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).isEqualTo(key);
			});
	}

	@Test
	void timesMustLieWithinTheMeetingAndEndAfterStart() {
		Meeting meeting = meeting("Agendatider");
		assertRefused(meeting, "11:00", "10:30", "endTime", "dialogue.agendaEdit.validation.endAfterStart");
		assertRefused(meeting, "11:00", "11:00", "endTime", "dialogue.agendaEdit.validation.endAfterStart");
		assertRefused(meeting, "09:00", "10:00", "startTime", "dialogue.agendaEdit.validation.startOutside");
		assertRefused(meeting, "15:10", null, "startTime", "dialogue.agendaEdit.validation.startOutside");
		assertRefused(meeting, "14:30", "15:30", "endTime", "dialogue.agendaEdit.validation.endOutside");
		assertRefused(meeting, null, "12:00", "startTime", "dialogue.agendaEdit.validation.startMissing");
		assertThat(meetings.agenda(meeting.id())).isEmpty();

		// from the coffee on, to the very end
		add(meeting, "09:30", "10:00", "Fika");
		add(meeting, "14:30", "15:00", "Avslutning");
		add(meeting, "15:00", null, "Tack och hej");
		assertThat(meetings.agenda(meeting.id())).extracting(AgendaItem::times)
			.containsExactly("09:30–10:00", "14:30–15:00", "15:00");
	}

	@Test
	void itemsGoInByTimeAndMoveUpAndDown() {
		Meeting meeting = meeting("Agendaordning");
		AgendaItem late = add(meeting, "11:00", "12:00", "Sent");
		AgendaItem early = add(meeting, "10:00", "10:30", "Tidigt");
		AgendaItem loose = add(meeting, null, null, "Utan tid");
		assertThat(meetings.agenda(meeting.id())).extracting(AgendaItem::title).containsExactly("Tidigt", "Sent", "Utan tid");

		SystemUser.run(() -> agenda.move(meeting.id(), loose.id(), Direction.UP));
		assertThat(meetings.agenda(meeting.id())).extracting(AgendaItem::title).containsExactly("Tidigt", "Utan tid", "Sent");
		// the top item does not move up, the bottom one not down
		SystemUser.run(() -> agenda.move(meeting.id(), early.id(), Direction.UP));
		SystemUser.run(() -> agenda.move(meeting.id(), late.id(), Direction.DOWN));
		assertThat(meetings.agenda(meeting.id())).extracting(AgendaItem::title).containsExactly("Tidigt", "Utan tid", "Sent");
		assertThat(meetings.agenda(meeting.id())).extracting(AgendaItem::position).containsExactly(1, 2, 3);

		// a change keeps the item's place in the order
		SystemUser.run(() -> agenda.update(meeting.id(), late.id(),
				new AgendaItemForm(time("13:00"), time("13:45"), "Sent, ändrat", "Test Talare", "Boverket")));
		assertThat(meetings.agenda(meeting.id())).extracting(AgendaItem::title)
			.containsExactly("Tidigt", "Utan tid", "Sent, ändrat");
		assertThat(meetings.agenda(meeting.id()).get(2).times()).isEqualTo("13:00–13:45");
	}

	@Test
	void pagesShowTheBrokenRuleNextToTheFieldAndMoveWithoutJavaScript() throws Exception {
		Meeting meeting = meeting("Agendasidor");
		AgendaItem first = add(meeting, "10:00", "10:30", "Första");
		AgendaItem second = add(meeting, "10:30", "11:00", "Andra");

		mvc.perform(post("/meetings/{id}/agenda", meeting.id()).with(authentication(editor)).with(csrf())
			.param("startTime", "12:00").param("endTime", "11:00").param("title", "Bakvänd"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Sluttid: måste vara efter starttiden.")))
			.andExpect(content().string(Matchers.containsString("error-summary")));
		assertThat(meetings.agenda(meeting.id())).hasSize(2);

		mvc.perform(post("/meetings/{id}/agenda/{item}/edit", meeting.id(), first.id()).with(authentication(editor))
			.with(csrf()).param("startTime", "08:00").param("title", "Första"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Starttid: måste ligga inom mötets tid.")));
		assertThat(meetings.agenda(meeting.id()).get(0).startTime()).isEqualTo(LocalTime.of(10, 0));

		mvc.perform(post("/meetings/{id}/agenda/{item}/move", meeting.id(), second.id()).with(authentication(editor))
			.with(csrf()).param("direction", "UP"))
			.andExpect(status().is3xxRedirection());
		assertThat(meetings.agenda(meeting.id())).extracting(AgendaItem::title).containsExactly("Andra", "Första");

		// an editor of another organisation may not reorder
		mvc.perform(post("/meetings/{id}/agenda/{item}/move", meeting.id(), second.id())
			.with(authentication(TestAuthentication.editorOf(ORGANISER + 1))).with(csrf()).param("direction", "DOWN"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/meetings/{id}/agenda/{item}/edit", meeting.id(), second.id())
			.with(authentication(TestAuthentication.editorOf(ORGANISER + 1))))
			.andExpect(status().isForbidden());
		assertThat(meetings.agenda(meeting.id())).extracting(AgendaItem::title).containsExactly("Andra", "Första");

		mvc.perform(get("/meetings/{id}", meeting.id()).with(authentication(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("10:30–11:00")))
			.andExpect(content().string(Matchers.containsString("Flytta upp Första")));
	}

	@Test
	void apiChangesAndMovesItemsWithTheSameRules() throws Exception {
		Meeting meeting = meeting("Agenda-API");
		AgendaItem first = add(meeting, "10:00", "10:30", "Första");
		AgendaItem second = add(meeting, "10:30", "11:00", "Andra");

		mvc.perform(put("/api/v1/meetings/{id}/agenda/{item}", meeting.id(), first.id()).with(authentication(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Första\", \"startTime\": \"10:00\", \"endTime\": \"16:00\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("Sluttid")));
		mvc.perform(put("/api/v1/meetings/{id}/agenda/{item}", meeting.id(), first.id()).with(authentication(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Inledning\", \"startTime\": \"10:00\", \"endTime\": \"10:20\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endTime").value("10:20:00"));
		mvc.perform(post("/api/v1/meetings/{id}/agenda/{item}/move", meeting.id(), second.id())
			.with(authentication(editor)).param("direction", "UP"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].title").value("Andra"))
			.andExpect(jsonPath("$[1].title").value("Inledning"));
		mvc.perform(get("/api/v1/meetings/{id}/agenda", meeting.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[1].startTime").value("10:00:00"));
		mvc.perform(post("/api/v1/meetings/{id}/agenda/{item}/move", meeting.id(), second.id())
			.with(authentication(TestAuthentication.reader())).param("direction", "DOWN"))
			.andExpect(status().isForbidden());
	}

	@Test
	void organiserPanelIsForEditorsOnly() throws Exception {
		Meeting meeting = meeting("Panel");
		String page = mvc.perform(get("/meetings/{id}", meeting.id()).with(authentication(editor)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Arrangörens verktyg", "0 bekräftade, 0 på väntelistan", "40 platser, 40 kvar",
				"/meetings/" + meeting.id() + "/participants\"", "/meetings/" + meeting.id() + "/presentations",
				"/meetings/" + meeting.id() + "/surveys", "/meetings/" + meeting.id() + "/notes",
				"/meetings/" + meeting.id() + "/participants.csv", ">40</span> <span>platser kvar av 40")
			.doesNotContain("view-links");
		mvc.perform(get("/meetings/{id}", meeting.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("Arrangörens verktyg"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("/participants.csv"))))
			.andExpect(content().string(Matchers.containsString("platser kvar av 40")));
	}

}
