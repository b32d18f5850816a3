package se.regionrum.actors.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

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

import se.regionrum.actors.ActorsFixtures;
import se.regionrum.platform.TestAuthentication;

/** People through the pages and the REST API: permissions, validation, escaping, filters, export. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PersonWebTest {

	private static final String SCRIPT = "<script>alert(1)</script>";

	private static final String SQL = "'; drop table person; --";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long orgA;

	long orgB;

	@BeforeEach
	void organisations() {
		orgA = ActorsFixtures.organisation(jdbc, "Kommun A");
		orgB = ActorsFixtures.organisation(jdbc, "Kommun B");
	}

	// --- permissions -------------------------------------------------------------------------

	@Test
	void editorCannotCreatePersonOfAnotherOrganisation() throws Exception {
		mvc.perform(page(post("/people/new"), TestAuthentication.editorOf(orgA)).param("firstName", "Anna")
			.param("lastName", "Berg")
			.param("organisationId", Long.toString(orgB))).andExpect(status().isForbidden());
		api(post("/api/v1/people"), TestAuthentication.editorOf(orgA), personJson("Anna", "Berg", orgB))
			.andExpect(status().isForbidden());
		assertThat(countPeople(orgB)).isZero();
	}

	@Test
	void editorCannotEditDeleteExportOrErasePersonOfAnotherOrganisation() throws Exception {
		long person = ActorsFixtures.person(jdbc, orgB, "Bo", "Dahl");
		Authentication editorA = TestAuthentication.editorOf(orgA);
		mvc.perform(get("/people/" + person + "/edit").with(authentication(editorA))).andExpect(status().isForbidden());
		mvc.perform(page(post("/people/" + person + "/edit"), editorA).param("firstName", "Hacked")
			.param("lastName", "Dahl")
			.param("organisationId", Long.toString(orgB))).andExpect(status().isForbidden());
		mvc.perform(page(post("/people/" + person + "/delete"), editorA)).andExpect(status().isForbidden());
		mvc.perform(page(post("/people/" + person + "/erase"), editorA)).andExpect(status().isForbidden());
		mvc.perform(get("/people/" + person + "/export.json").with(authentication(editorA)))
			.andExpect(status().isForbidden());

		api(put("/api/v1/people/" + person), editorA, personJson("Hacked", "Dahl", orgB))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/people/" + person).with(authentication(editorA))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/people/" + person + "/erasure").with(authentication(editorA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/people/" + person + "/personal-data").with(authentication(editorA)))
			.andExpect(status().isForbidden());

		assertThat(firstName(person)).isEqualTo("Bo");
		assertThat(jdbc.sql("select count(*) from person where id = ? and erased_at is null").param(person)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void editorCannotMoveOwnPersonToAnotherOrganisation() throws Exception {
		long person = ActorsFixtures.person(jdbc, orgA, "Cia", "Ek");
		api(put("/api/v1/people/" + person), TestAuthentication.editorOf(orgA), personJson("Cia", "Ek", orgB))
			.andExpect(status().isForbidden());
		assertThat(organisationOf(person)).isEqualTo(orgA);
	}

	@Test
	void editorManagesPeopleOfOwnOrganisation() throws Exception {
		Authentication editorA = TestAuthentication.editorOf(orgA);
		String location = mvc
			.perform(page(post("/people/new"), editorA).param("firstName", "Disa")
				.param("lastName", "Fors")
				.param("organisationId", Long.toString(orgA))
				.param("sectors", "ENERGY", "TRANSPORT"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/people/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/people/".length()));
		assertThat(jdbc.sql("select sector from person_sector where person_id = ? order by sector").param(id)
			.query(String.class)
			.list()).containsExactly("ENERGY", "TRANSPORT");

		String detail = html(mvc.perform(get("/people/" + id).with(authentication(editorA))).andExpect(status().isOk()));
		assertThat(detail).contains("/people/" + id + "/edit").contains("Energi").contains("Transporter");

		api(put("/api/v1/people/" + id), editorA, personJson("Disa", "Forsberg", orgA)).andExpect(status().isOk())
			.andExpect(jsonPath("$.lastName").value("Forsberg"))
			.andExpect(jsonPath("$.sectors").isEmpty());
		mvc.perform(delete("/api/v1/people/" + id).with(authentication(editorA))).andExpect(status().isNoContent());
		assertThat(countPeople(orgA)).isZero();
		assertThat(jdbc.sql("select action from audit_entry where entity_type = 'person' and entity_id = ? order by id")
			.param(Long.toString(id))
			.query(String.class)
			.list()).containsExactly("CREATE", "UPDATE", "DELETE");
	}

	@Test
	void readerReadsButCannotWrite() throws Exception {
		long person = ActorsFixtures.person(jdbc, orgA, "Erik", "Gran");
		Authentication reader = TestAuthentication.reader();
		String list = html(mvc.perform(get("/people").with(authentication(reader))).andExpect(status().isOk()));
		assertThat(list).contains("Erik Gran").doesNotContain("href=\"/people/new\"");
		String detail = html(mvc.perform(get("/people/" + person).with(authentication(reader))).andExpect(status().isOk()));
		assertThat(detail).doesNotContain("/people/" + person + "/edit").doesNotContain("/erase");

		mvc.perform(get("/people/new").with(authentication(reader))).andExpect(status().isForbidden());
		mvc.perform(page(post("/people/new"), reader).param("firstName", "Ny")
			.param("lastName", "Person")
			.param("organisationId", Long.toString(orgA))).andExpect(status().isForbidden());
		mvc.perform(page(post("/people/" + person + "/delete"), reader)).andExpect(status().isForbidden());
		api(post("/api/v1/people"), reader, personJson("Ny", "Person", orgA)).andExpect(status().isForbidden());
		api(put("/api/v1/people/" + person), reader, personJson("Ny", "Person", orgA)).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/people/" + person).with(authentication(reader))).andExpect(status().isForbidden());
		assertThat(countPeople(orgA)).isEqualTo(1);
	}

	@Test
	void anonymousGetsNothing() throws Exception {
		long person = ActorsFixtures.person(jdbc, orgA, "Frida", "Holm");
		mvc.perform(get("/api/v1/people")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/people/" + person)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
			.content(personJson("Ny", "Person", orgA))).andExpect(status().isUnauthorized());
		mvc.perform(get("/people")).andExpect(status().is3xxRedirection()).andExpect(header().string("Location", Matchers.endsWith("/login")));
		mvc.perform(get("/people/" + person)).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/login")));
		mvc.perform(get("/people/by-organisation/" + orgA)).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/login")));
	}

	// --- escaping and validation ---------------------------------------------------------------

	@Test
	void hostileTextIsStoredVerbatimAndRenderedEscaped() throws Exception {
		String location = mvc
			.perform(page(post("/people/new"), TestAuthentication.admin()).param("firstName", SCRIPT)
				.param("lastName", SQL)
				.param("title", "<b>chef</b>")
				.param("organisationId", Long.toString(orgA)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/people/".length()));
		Map<String, Object> row = jdbc.sql("select first_name, last_name, title from person where id = ?").param(id)
			.query()
			.singleRow();
		assertThat(row.values()).containsExactly(SCRIPT, SQL, "<b>chef</b>");

		String detail = html(mvc.perform(get("/people/" + id).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk()));
		assertThat(detail).doesNotContain(SCRIPT)
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("&#39;; drop table person; --")
			.doesNotContain("<b>chef</b>");
		String list = html(mvc.perform(get("/people").param("q", "drop table").with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk()));
		assertThat(list).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		mvc.perform(get("/api/v1/people/" + id).with(authentication(TestAuthentication.reader())))
			.andExpect(jsonPath("$.firstName").value(SCRIPT))
			.andExpect(jsonPath("$.lastName").value(SQL));
		assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isPositive();
	}

	@Test
	void pageValidationErrorsAreSwedishAndNameTheField() throws Exception {
		String html = html(mvc
			.perform(page(post("/people/new"), TestAuthentication.admin()).param("firstName", " ")
				.param("lastName", "")
				.param("email", "inte-en-adress")
				.param("organisationId", Long.toString(orgA))
				.param("resourcePerson", "true")
				.param("consentGiven", "true"))
			.andExpect(status().isOk()));
		assertThat(html).contains("Formuläret innehåller fel")
			.contains("Ange förnamn.")
			.contains("Ange efternamn.")
			.contains("E-postadressen är inte giltig")
			.contains("Ange kompetensområden för en resursperson.")
			.contains("Ange datum för samtycket.")
			.contains("Ange syftet som samtycket gäller.")
			.contains("href=\"#firstName\"")
			.contains("id=\"firstName-error\"");
		assertThat(countPeople(orgA)).isZero();

		String badDate = html(mvc
			.perform(page(post("/people/new"), TestAuthentication.admin()).param("firstName", "Gun")
				.param("lastName", "Ivarsson")
				.param("organisationId", Long.toString(orgA))
				.param("consentDate", "31/12/2024"))
			.andExpect(status().isOk()));
		assertThat(badDate).contains("Ange ett datum som ÅÅÅÅ-MM-DD.").contains("href=\"#consentDate\"");
	}

	@Test
	void editorMustChooseAnOrganisation() throws Exception {
		String html = html(mvc.perform(page(post("/people/new"), TestAuthentication.editorOf(orgA)).param("firstName", "Hans")
			.param("lastName", "Jonsson")
			.param("organisationId", "")).andExpect(status().isOk()));
		assertThat(html).contains("Välj personens organisation.");
	}

	@Test
	void apiValidationErrorsAreSwedishAndNameTheField() throws Exception {
		api(post("/api/v1/people"), TestAuthentication.admin(), """
				{"firstName": "", "lastName": "Berg", "email": "fel"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("firstName")))
			.andExpect(jsonPath("$.errors[*].message").value(hasItem("Ange förnamn.")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("email")));
		api(post("/api/v1/people"), TestAuthentication.admin(), """
				{"firstName": "Ida", "lastName": "Berg", "consentGiven": true, "consentPurpose": "Nyhetsbrev"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consentDate"))
			.andExpect(jsonPath("$.errors[0].message").value("Ange datum för samtycket."));
	}

	// --- list, export, fragment ---------------------------------------------------------------

	@Test
	void listFiltersSortsPagesAndHidesErased() throws Exception {
		long energy = ActorsFixtures.person(jdbc, orgA, "Anders", "Ahl");
		jdbc.sql("insert into person_sector (person_id, sector) values (?, 'ENERGY')").param(energy).update();
		long resource = ActorsFixtures.person(jdbc, orgA, "Berit", "Bark");
		jdbc.sql("update person set resource_person = true, competence_areas = 'Vätgas' where id = ?").param(resource)
			.update();
		long consent = ActorsFixtures.person(jdbc, orgA, "Carl", "Cedergren");
		jdbc.sql("update person set consent_given = true, consent_date = date '2024-01-15', consent_purpose = 'Nätverk' where id = ?")
			.param(consent)
			.update();
		long erased = ActorsFixtures.person(jdbc, orgA, "Raderad", "person");
		jdbc.sql("update person set erased_at = current_timestamp where id = ?").param(erased).update();
		ActorsFixtures.person(jdbc, orgB, "Anders", "Annan");

		Authentication reader = TestAuthentication.reader();
		listIds(reader, "organisationId=" + orgA).andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items[*].lastName").value(Matchers.contains("Ahl", "Bark", "Cedergren")));
		listIds(reader, "organisationId=" + orgA + "&sort=name&dir=desc")
			.andExpect(jsonPath("$.items[*].lastName").value(Matchers.contains("Cedergren", "Bark", "Ahl")));
		listIds(reader, "organisationId=" + orgA + "&sector=ENERGY").andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].sectors[0]").value("ENERGY"));
		listIds(reader, "organisationId=" + orgA + "&resourcePerson=true").andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].competenceAreas").value("Vätgas"));
		listIds(reader, "organisationId=" + orgA + "&consentGiven=true").andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].consentDate").value("2024-01-15"));
		listIds(reader, "q=anders").andExpect(jsonPath("$.items[*].lastName").value(hasItem("Annan")));
		listIds(reader, "q=ahl anders&organisationId=" + orgA).andExpect(jsonPath("$.total").value(1));

		String html = html(mvc.perform(get("/people").param("organisationId", Long.toString(orgA))
			.param("resourcePerson", "true")
			.with(authentication(reader))).andExpect(status().isOk()));
		assertThat(html).contains("Berit Bark").doesNotContain("Anders Ahl").contains("aria-sort=\"ascending\"")
			.contains("<caption");

		for (int i = 0; i < 25; i++) {
			ActorsFixtures.person(jdbc, orgB, "Extra", String.format("Person%02d", i));
		}
		String page1 = html(mvc.perform(get("/people").param("organisationId", Long.toString(orgB))
			.with(authentication(reader))).andExpect(status().isOk()));
		assertThat(page1).contains("Sida 1 av 2").contains("Visar 1–25 av 26");
		String page2 = html(mvc.perform(get("/people").param("organisationId", Long.toString(orgB))
			.param("page", "1")
			.with(authentication(reader))).andExpect(status().isOk()));
		assertThat(page2).contains("Extra Person24").doesNotContain("Anders Annan");
	}

	@Test
	void csvExportHasTheFilteredSetWithoutErasedPeople() throws Exception {
		long kept = ActorsFixtures.person(jdbc, orgA, "Karin", "Lund");
		jdbc.sql("insert into person_sector (person_id, sector) values (?, 'CULTURE')").param(kept).update();
		long erased = ActorsFixtures.person(jdbc, orgA, "Raderad", "person");
		jdbc.sql("update person set erased_at = current_timestamp where id = ?").param(erased).update();
		ActorsFixtures.person(jdbc, orgB, "Lars", "Mark");

		var response = mvc.perform(get("/people/export.csv").param("organisationId", Long.toString(orgA))
			.with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		String csv = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(2);
		assertThat(csv).contains("id;first_name;last_name;email").contains(";Karin;Lund;").contains("CULTURE")
			.doesNotContain("Raderad")
			.doesNotContain("Lars");
	}

	@Test
	void organisationFragmentListsPeopleWithoutLayout() throws Exception {
		ActorsFixtures.person(jdbc, orgA, "Maja", "Norén");
		ActorsFixtures.person(jdbc, orgB, "Nils", "Olsson");
		String editor = html(mvc.perform(get("/people/by-organisation/" + orgA).with(authentication(TestAuthentication.editorOf(orgA))))
			.andExpect(status().isOk()));
		assertThat(editor).startsWith("<section").contains("<h2").contains("Personer").contains("Maja Norén")
			.doesNotContain("Nils Olsson")
			.doesNotContain("<html")
			.contains("/people/new?organisationId=" + orgA);
		String reader = html(mvc.perform(get("/people/by-organisation/" + orgA).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk()));
		assertThat(reader).contains("Maja Norén").doesNotContain("/people/new");
	}

	@Test
	void personInAWorkingGroupIsNotDeleted() throws Exception {
		long person = ActorsFixtures.person(jdbc, orgA, "Olle", "Persson");
		long group = ActorsFixtures.workingGroup(jdbc, orgA, "Energigruppen");
		ActorsFixtures.member(jdbc, group, orgA, person, "CHAIR");

		mvc.perform(page(post("/people/" + person + "/delete"), TestAuthentication.editorOf(orgA)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/people/" + person));
		mvc.perform(delete("/api/v1/people/" + person).with(authentication(TestAuthentication.admin())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.startsWith("Personen är med i en eller flera arbetsgrupper")));
		String detail = html(mvc.perform(get("/people/" + person).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk()));
		assertThat(detail).contains("Energigruppen").contains("Ordförande");
		assertThat(countPeople(orgA)).isEqualTo(1);
	}

	// --- helpers --------------------------------------------------------------------------------

	private MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request, Authentication user) {
		return request.with(authentication(user)).with(csrf());
	}

	private ResultActions api(MockHttpServletRequestBuilder request, Authentication user, String json)
			throws Exception {
		return mvc.perform(request.with(authentication(user)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions listIds(Authentication user, String query) throws Exception {
		return mvc.perform(get("/api/v1/people?" + query).with(authentication(user))).andExpect(status().isOk());
	}

	private static String personJson(String firstName, String lastName, long organisationId) {
		return """
				{"firstName": "%s", "lastName": "%s", "organisationId": %d}""".formatted(firstName, lastName,
				organisationId);
	}

	private static String html(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long countPeople(long organisationId) {
		return jdbc.sql("select count(*) from person where organisation_id = ? and erased_at is null")
			.param(organisationId)
			.query(Long.class)
			.single();
	}

	private String firstName(long person) {
		return jdbc.sql("select first_name from person where id = ?").param(person).query(String.class).single();
	}

	private long organisationOf(long person) {
		return jdbc.sql("select organisation_id from person where id = ?").param(person).query(Long.class).single();
	}

}
