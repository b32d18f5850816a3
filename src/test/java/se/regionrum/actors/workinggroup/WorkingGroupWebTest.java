package se.regionrum.actors.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

import se.regionrum.actors.ActorsFixtures;
import se.regionrum.platform.TestAuthentication;

/** Working groups and networks through the pages and the REST API: permissions and membership rules. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class WorkingGroupWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long owner;

	long other;

	long ownerPerson;

	long otherPerson;

	@BeforeEach
	void organisationsAndPeople() {
		owner = ActorsFixtures.organisation(jdbc, "Region W");
		other = ActorsFixtures.organisation(jdbc, "Kommun W");
		ownerPerson = ActorsFixtures.person(jdbc, owner, "Rut", "Sandberg");
		otherPerson = ActorsFixtures.person(jdbc, other, "Sven", "Tallqvist");
	}

	@Test
	void onlyAdminsAndEditorsOfTheOwnerChangeAGroup() throws Exception {
		String json = groupJson("Servicegruppen", owner, "2025-01-01", "2025-12-31");
		api(post("/api/v1/working-groups"), TestAuthentication.editorOf(other), json).andExpect(status().isForbidden());
		api(post("/api/v1/working-groups"), TestAuthentication.reader(), json).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/working-groups").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/working-groups")).andExpect(status().isUnauthorized());
		mvc.perform(get("/working-groups")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/login")));

		long id = create(TestAuthentication.editorOf(owner), json);
		api(put("/api/v1/working-groups/" + id), TestAuthentication.editorOf(other),
				groupJson("Kapad", owner, null, null)).andExpect(status().isForbidden());
		api(put("/api/v1/working-groups/" + id), TestAuthentication.editorOf(owner),
				groupJson("Kapad", other, null, null)).andExpect(status().isForbidden());
		api(post("/api/v1/working-groups/" + id + "/members"), TestAuthentication.editorOf(other),
				memberJson(other, otherPerson, "MEMBER")).andExpect(status().isForbidden());
		mvc.perform(post("/working-groups/" + id + "/members").with(authentication(TestAuthentication.reader())).with(csrf())
			.param("organisationId", Long.toString(other))
			.param("role", "MEMBER")).andExpect(status().isForbidden());
		mvc.perform(post("/working-groups/" + id + "/delete").with(authentication(TestAuthentication.editorOf(other)))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/working-groups/" + id).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isForbidden());

		api(put("/api/v1/working-groups/" + id), TestAuthentication.editorOf(owner),
				groupJson("Servicegruppen 2", owner, "2025-01-01", null)).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Servicegruppen 2"));
		mvc.perform(get("/api/v1/working-groups/" + id).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownerOrganisationId").value(owner));
		mvc.perform(delete("/api/v1/working-groups/" + id).with(authentication(TestAuthentication.editorOf(owner))))
			.andExpect(status().isNoContent());
		assertThat(jdbc.sql("select count(*) from working_group where id = ?").param(id).query(Long.class).single())
			.isZero();
	}

	@Test
	void endDateMayNotBeBeforeStartDate() throws Exception {
		api(post("/api/v1/working-groups"), TestAuthentication.admin(), groupJson("Baklänges", owner, "2025-06-01", "2025-05-31"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endedOn"))
			.andExpect(jsonPath("$.errors[0].message").value("Slutdatum kan inte ligga före startdatum."));
		String html = mvc.perform(post("/working-groups/new").with(authentication(TestAuthentication.admin())).with(csrf())
			.param("name", "Baklänges")
			.param("kind", "NETWORK")
			.param("ownerOrganisationId", Long.toString(owner))
			.param("startedOn", "2025-06-01")
			.param("endedOn", "2025-05-31"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Slutdatum kan inte ligga före startdatum.").contains("href=\"#endedOn\"");
		api(post("/api/v1/working-groups"), TestAuthentication.admin(), """
				{"name": "", "kind": null, "ownerOrganisationId": null}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message").value(Matchers.hasItems("Ange gruppens namn.",
					"Välj om det är en arbetsgrupp eller ett nätverk.", "Välj ägande organisation.")));
	}

	@Test
	void memberPersonMustBelongToTheMemberOrganisation() throws Exception {
		long id = create(TestAuthentication.editorOf(owner), groupJson("Nätverket", owner, null, null));
		api(post("/api/v1/working-groups/" + id + "/members"), TestAuthentication.editorOf(owner),
				memberJson(other, ownerPerson, "MEMBER"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("personId"))
			.andExpect(jsonPath("$.errors[0].message").value("Personen hör inte till den valda organisationen."));
		String html = mvc.perform(post("/working-groups/" + id + "/members").with(authentication(TestAuthentication.editorOf(owner)))
			.with(csrf())
			.param("organisationId", Long.toString(other))
			.param("personId", Long.toString(ownerPerson))
			.param("role", "MEMBER"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Personen hör inte till den valda organisationen.").contains("href=\"#personId\"");
		assertThat(memberCount(id)).isZero();

		long erased = ActorsFixtures.person(jdbc, other, "Raderad", "person");
		jdbc.sql("update person set erased_at = current_timestamp where id = ?").param(erased).update();
		api(post("/api/v1/working-groups/" + id + "/members"), TestAuthentication.editorOf(owner),
				memberJson(other, erased, "MEMBER")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Personen finns inte."));
	}

	@Test
	void theSameOrganisationAndPersonNotTwice() throws Exception {
		long id = create(TestAuthentication.editorOf(owner), groupJson("Arbetsgruppen", owner, null, null));
		Authentication editor = TestAuthentication.editorOf(owner);
		api(post("/api/v1/working-groups/" + id + "/members"), editor, memberJson(other, null, "MEMBER"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/working-groups/" + id + "/members/" + other));
		api(post("/api/v1/working-groups/" + id + "/members"), editor, memberJson(other, null, "CHAIR"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Organisationen och personen är redan med i gruppen."));
		api(post("/api/v1/working-groups/" + id + "/members"), editor, memberJson(other, otherPerson, "CHAIR"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.members[0].role").value("CHAIR"))
			.andExpect(jsonPath("$.members[0].personName").value("Sven Tallqvist"))
			.andExpect(jsonPath("$.members[0].key").value(other + "-" + otherPerson));
		api(post("/api/v1/working-groups/" + id + "/members"), editor, memberJson(other, otherPerson, "MEMBER"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("personId"));
		api(post("/api/v1/working-groups/" + id + "/members"), editor, memberJson(owner, ownerPerson, "SECRETARY"))
			.andExpect(status().isCreated());
		assertThat(memberCount(id)).isEqualTo(3);

		mvc.perform(delete("/api/v1/working-groups/" + id + "/members/" + other + "-" + otherPerson)
			.with(authentication(TestAuthentication.editorOf(other)))).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/working-groups/" + id + "/members/" + other + "-" + otherPerson)
			.with(authentication(editor))).andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/working-groups/" + id + "/members/" + other + "-" + otherPerson)
			.with(authentication(editor))).andExpect(status().isNotFound());
		mvc.perform(post("/working-groups/" + id + "/members/" + other + "/delete").with(authentication(editor))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/working-groups/" + id));
		assertThat(memberCount(id)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'working_group' and entity_id = ?")
			.param(Long.toString(id))
			.query(Long.class)
			.single()).isEqualTo(6);
	}

	@Test
	void detailPageShowsMembersAndTheFormOnlyToEditors() throws Exception {
		long id = ActorsFixtures.workingGroup(jdbc, owner, "Kulturnätverket");
		ActorsFixtures.member(jdbc, id, other, otherPerson, "PROCESS_LEADER");
		ActorsFixtures.member(jdbc, id, owner, null, "MEMBER");
		String editor = page(get("/working-groups/" + id), TestAuthentication.editorOf(owner));
		assertThat(editor).contains("<caption").contains("Sven Tallqvist").contains("Processledare")
			.contains("/working-groups/" + id + "/members/" + other + "-" + otherPerson + "/delete")
			.contains("Lägg till medlem")
			.contains("hx-get=\"/working-groups/person-options\"")
			.contains("<optgroup");
		assertThat(editor.indexOf("Processledare")).isLessThan(editor.indexOf("Ledamot"));
		String reader = page(get("/working-groups/" + id), TestAuthentication.reader());
		assertThat(reader).contains("Sven Tallqvist").doesNotContain("Lägg till medlem").doesNotContain("/members/");

		String options = page(get("/working-groups/person-options").param("organisationId", Long.toString(other)),
				TestAuthentication.editorOf(owner));
		assertThat(options).contains("Sven Tallqvist").doesNotContain("Rut Sandberg").doesNotContain("<html");
	}

	@Test
	void pageFormsCreateEditAndDelete() throws Exception {
		Authentication editor = TestAuthentication.editorOf(owner);
		String location = mvc.perform(post("/working-groups/new").with(authentication(editor)).with(csrf())
			.param("name", "<script>alert(1)</script>")
			.param("kind", "NETWORK")
			.param("ownerOrganisationId", Long.toString(owner))
			.param("startedOn", "2025-02-01"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/working-groups/".length()));
		assertThat(page(get("/working-groups/" + id), TestAuthentication.reader())).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)</script>");
		assertThat(page(get("/working-groups/" + id + "/edit"), editor)).contains("value=\"2025-02-01\"");
		mvc.perform(get("/working-groups/" + id + "/edit").with(authentication(TestAuthentication.editorOf(other))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/working-groups/" + id + "/members").with(authentication(editor)).with(csrf())
			.param("organisationId", Long.toString(other))
			.param("personId", Long.toString(otherPerson))
			.param("role", "EXPERT")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/working-groups/" + id + "/delete").with(authentication(editor)).with(csrf()))
			.andExpect(redirectedUrl("/working-groups"));
		assertThat(memberCount(id)).isZero();
	}

	@Test
	void listFiltersAndExportsOneRowPerMember() throws Exception {
		long network = ActorsFixtures.workingGroup(jdbc, owner, "Besöksnäringsnätverket");
		jdbc.sql("update working_group set kind = 'NETWORK', description = 'Turism och besöksnäring' where id = ?")
			.param(network)
			.update();
		ActorsFixtures.member(jdbc, network, other, otherPerson, "CHAIR");
		ActorsFixtures.member(jdbc, network, owner, ownerPerson, "MEMBER");
		ActorsFixtures.member(jdbc, network, owner, null, "EXPERT");
		long empty = ActorsFixtures.workingGroup(jdbc, other, "Tomma gruppen");
		Authentication reader = TestAuthentication.reader();

		mvc.perform(get("/api/v1/working-groups").param("ownerOrganisationId", Long.toString(owner))
			.with(authentication(reader)))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].memberCount").value(3));
		mvc.perform(get("/api/v1/working-groups").param("q", "turism").param("kind", "NETWORK")
			.with(authentication(reader))).andExpect(jsonPath("$.items[*].id").value(Matchers.hasItem((int) network)));
		String list = page(get("/working-groups").param("ownerOrganisationId", Long.toString(other)), reader);
		assertThat(list).contains("Tomma gruppen").doesNotContain("Besöksnäringsnätverket");

		String csv = mvc.perform(get("/working-groups/export.csv").param("ownerOrganisationId", Long.toString(owner))
			.with(authentication(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(4);
		assertThat(csv).contains("group_id;group_name;kind").contains("Sven Tallqvist").contains("CHAIR")
			.doesNotContain("Tomma gruppen");
		String emptyCsv = mvc.perform(get("/working-groups/export.csv").param("ownerOrganisationId", Long.toString(other))
			.with(authentication(reader))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(emptyCsv.lines()).hasSize(2);
		assertThat(emptyCsv).contains(empty + ";Tomma gruppen");
	}

	private long create(Authentication user, String json) throws Exception {
		String body = api(post("/api/v1/working-groups"), user, json).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private ResultActions api(MockHttpServletRequestBuilder request, Authentication user, String json)
			throws Exception {
		return mvc.perform(request.with(authentication(user)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private String page(MockHttpServletRequestBuilder request, Authentication user) throws Exception {
		return mvc.perform(request.with(authentication(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long memberCount(long groupId) {
		return jdbc.sql("select count(*) from working_group_member where working_group_id = ?").param(groupId)
			.query(Long.class)
			.single();
	}

	private static String groupJson(String name, long owner, String startedOn, String endedOn) {
		return """
				{"name": "%s", "kind": "WORKING_GROUP", "ownerOrganisationId": %d, "startedOn": %s, "endedOn": %s}"""
			.formatted(name, owner, startedOn == null ? "null" : "\"" + startedOn + "\"",
					endedOn == null ? "null" : "\"" + endedOn + "\"");
	}

	private static String memberJson(long organisationId, Long personId, String role) {
		return """
				{"organisationId": %d, "personId": %s, "role": "%s"}""".formatted(organisationId,
				personId == null ? "null" : personId.toString(), role);
	}

}
