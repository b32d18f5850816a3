package se.regionrum.actors.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

import se.regionrum.actors.ActorsFixtures;
import se.regionrum.platform.TestAuthentication;

/** A person's data can be exported and erased (GDPR), by administrators and editors of their organisation. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PersonalDataTest {

	private static final String EMAIL = "vera.svensson@example.org";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long org;

	long person;

	long group;

	@BeforeEach
	void personWithHistory() throws Exception {
		org = ActorsFixtures.organisation(jdbc, "Kommun P");
		String body = mvc.perform(post("/api/v1/people").with(authentication(TestAuthentication.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"firstName": "Vera", "lastName": "Svensson", "email": "%s", "phone": "070-123 45 67",
					 "organisationId": %d, "title": "Energistrateg", "sectors": ["ENERGY", "ENVIRONMENT"],
					 "resourcePerson": true, "competenceAreas": "Vätgas och elnät",
					 "consentGiven": true, "consentDate": "2024-03-01", "consentPurpose": "Inbjudningar till nätverket"}"""
				.formatted(EMAIL, org)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		person = ((Number) JsonPath.read(body, "$.id")).longValue();
		mvc.perform(put("/api/v1/people/" + person).with(authentication(TestAuthentication.editorOf(org)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"firstName": "Vera", "lastName": "Svensson-Ek", "email": "%s", "phone": "070-123 45 67",
					 "organisationId": %d, "title": "Energistrateg", "sectors": ["ENERGY"],
					 "resourcePerson": true, "competenceAreas": "Vätgas och elnät",
					 "consentGiven": true, "consentDate": "2024-03-01", "consentPurpose": "Inbjudningar till nätverket"}"""
				.formatted(EMAIL, org)))
			.andExpect(status().isOk());
		group = ActorsFixtures.workingGroup(jdbc, org, "Energinätverket");
		ActorsFixtures.member(jdbc, group, org, person, "EXPERT");
	}

	@Test
	void exportHoldsFieldsSectorsMembershipsAndAuditEntries() throws Exception {
		var response = mvc.perform(get("/people/" + person + "/export.json").with(authentication(TestAuthentication.editorOf(org))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"person-" + person + ".json\""))
			.andExpect(jsonPath("$.person.firstName").value("Vera"))
			.andExpect(jsonPath("$.person.lastName").value("Svensson-Ek"))
			.andExpect(jsonPath("$.person.email").value(EMAIL))
			.andExpect(jsonPath("$.person.phone").value("070-123 45 67"))
			.andExpect(jsonPath("$.person.title").value("Energistrateg"))
			.andExpect(jsonPath("$.person.organisationName").value(Matchers.startsWith("Kommun P")))
			.andExpect(jsonPath("$.person.sectors").value(Matchers.contains("ENERGY")))
			.andExpect(jsonPath("$.person.competenceAreas").value("Vätgas och elnät"))
			.andExpect(jsonPath("$.person.consentGiven").value(true))
			.andExpect(jsonPath("$.person.consentDate").value("2024-03-01"))
			.andExpect(jsonPath("$.person.consentPurpose").value("Inbjudningar till nätverket"))
			.andExpect(jsonPath("$.workingGroups[0].workingGroupName").value(Matchers.startsWith("Energinätverket")))
			.andExpect(jsonPath("$.workingGroups[0].role").value("EXPERT"))
			.andExpect(jsonPath("$.auditEntries[0].action").value("CREATE"))
			.andExpect(jsonPath("$.auditEntries[0].username").value("test-admin"))
			.andExpect(jsonPath("$.auditEntries[0].changes[*].newValue").value(hasItem(EMAIL)))
			.andExpect(jsonPath("$.auditEntries[1].action").value("UPDATE"))
			.andExpect(jsonPath("$.auditEntries[1].changes[*].newValue").value(hasItem("Svensson-Ek")))
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
		assertThat(actions()).containsExactly("CREATE", "UPDATE", "EXPORT");

		mvc.perform(get("/api/v1/people/" + person + "/personal-data").with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.person.email").value(EMAIL))
			.andExpect(jsonPath("$.auditEntries[2].action").value("EXPORT"));
	}

	@Test
	void erasureAnonymisesKeepsMembershipAndForgetsAuditValues() throws Exception {
		mvc.perform(post("/people/" + person + "/erase").with(authentication(TestAuthentication.editorOf(org))).with(csrf()))
			.andExpect(status().is3xxRedirection());

		Map<String, Object> row = jdbc.sql("""
				select first_name, last_name, email, phone, title, resource_person, competence_areas,
				       consent_given, consent_date, consent_purpose, organisation_id from person where id = ?""")
			.param(person)
			.query()
			.singleRow();
		// the row map is case-insensitive (H2 reports upper-case labels, PostgreSQL lower-case)
		assertThat(row.get("first_name")).isEqualTo("Raderad");
		assertThat(row.get("last_name")).isEqualTo("person");
		assertThat(row.get("resource_person")).isEqualTo(false);
		assertThat(row.get("consent_given")).isEqualTo(false);
		assertThat(row.get("organisation_id")).isEqualTo(org);
		for (String cleared : List.of("email", "phone", "title", "competence_areas", "consent_date", "consent_purpose")) {
			assertThat(row.get(cleared)).as(cleared).isNull();
		}
		assertThat(jdbc.sql("select count(*) from person where id = ? and erased_at is not null").param(person)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from person_sector where person_id = ?").param(person).query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from working_group_member where person_id = ?").param(person)
			.query(Long.class).single()).isEqualTo(1);

		assertThat(actions()).containsExactly("CREATE", "UPDATE", "ERASE");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'person' and entity_id = ? and changes is not null")
			.param(Long.toString(person))
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where changes like '%Svensson%' or detail like '%Svensson%' or changes like ?")
			.param("%" + EMAIL + "%")
			.query(Long.class)
			.single()).isZero();

		mvc.perform(get("/api/v1/people?organisationId=" + org).with(authentication(TestAuthentication.reader())))
			.andExpect(jsonPath("$.total").value(0));
		String detail = mvc.perform(get("/people/" + person).with(authentication(TestAuthentication.editorOf(org))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(detail).contains("Raderad person").doesNotContain("/people/" + person + "/edit")
			.doesNotContain("Svensson");
		String groupPage = mvc.perform(get("/working-groups/" + group).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(groupPage).contains("Raderad person");

		mvc.perform(put("/api/v1/people/" + person).with(authentication(TestAuthentication.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"firstName\": \"Vera\", \"lastName\": \"Svensson\", \"organisationId\": " + org + "}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void erasureThroughTheApi() throws Exception {
		mvc.perform(post("/api/v1/people/" + person + "/erasure").with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.firstName").value("Raderad"))
			.andExpect(jsonPath("$.lastName").value("person"))
			.andExpect(jsonPath("$.email").doesNotExist())
			.andExpect(jsonPath("$.sectors").isEmpty())
			.andExpect(jsonPath("$.erasedAt").exists())
			.andExpect(jsonPath("$.workingGroups[0].role").value("EXPERT"));
	}

	@Test
	void readersAndOtherEditorsMayNeitherExportNorErase() throws Exception {
		long other = ActorsFixtures.organisation(jdbc, "Kommun Q");
		for (var user : List.of(TestAuthentication.reader(), TestAuthentication.editorOf(other))) {
			mvc.perform(get("/api/v1/people/" + person + "/personal-data").with(authentication(user)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/people/" + person + "/erasure").with(authentication(user)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/people/" + person + "/personal-data")).andExpect(status().isUnauthorized());
		assertThat(actions()).containsExactly("CREATE", "UPDATE");
	}

	private List<String> actions() {
		return jdbc.sql("select action from audit_entry where entity_type = 'person' and entity_id = ? order by id")
			.param(Long.toString(person))
			.query(String.class)
			.list();
	}

}
