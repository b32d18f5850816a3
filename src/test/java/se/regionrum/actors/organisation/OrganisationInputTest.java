package se.regionrum.actors.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.regionrum.platform.TestAuthentication;

/** Bad input gets a clear Swedish message naming the field or row, and nothing is half-saved. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationInputTest {

	static final String HOSTILE = "<script>alert('x')</script>'; drop table organisation; --";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationRepository repository;

	@Autowired
	JdbcClient jdbc;

	long organisationCount() {
		return jdbc.sql("select count(*) from organisation").query(Long.class).single();
	}

	@Test
	void hostileNameIsStoredVerbatimAndShownAsText() throws Exception {
		MvcResult created = mvc.perform(post("/organisations/new").with(authentication(TestAuthentication.admin()))
			.with(csrf())
			.param("name", HOSTILE)
			.param("kind", "ASSOCIATION")
			.param("description", "<img src=x onerror=alert(1)>"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Organisation saved = repository.findByNameIgnoreCase(HOSTILE).orElseThrow();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + saved.id());

		String page = mvc.perform(get("/organisations/{id}", saved.id())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
		String list = mvc.perform(get("/organisations").param("q", "drop table")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("&lt;script&gt;").doesNotContain("<script>alert");
		assertThat(organisationCount()).isPositive();
	}

	@Test
	void searchTakesLikeWildcardsAndBackslashLiterally() throws Exception {
		String name = "Föreningen 100% ideell";
		mvc.perform(post("/organisations/new").with(authentication(TestAuthentication.admin()))
			.with(csrf())
			.param("name", name)
			.param("kind", "ASSOCIATION"))
			.andExpect(status().is3xxRedirection());

		assertThat(organisationList("100% ide")).contains(name);
		assertThat(organisationList("100_ ide")).doesNotContain(name);
		assertThat(organisationList("föreningen%ideell")).doesNotContain(name);
		assertThat(organisationList("\\")).doesNotContain(name);
	}

	private String organisationList(String q) throws Exception {
		return mvc.perform(get("/organisations").param("q", q))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void javascriptUrlsAreRefusedAsWebsite() throws Exception {
		String page = mvc.perform(post("/organisations/new").with(authentication(TestAuthentication.admin()))
			.with(csrf())
			.param("name", "Länkföreningen")
			.param("kind", "ASSOCIATION")
			.param("website", "javascript:alert(1)"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Ange en webbadress som börjar med http:// eller https://.");
		assertThat(repository.findByNameIgnoreCase("Länkföreningen")).isEmpty();
	}

	@Test
	void municipalityWithoutCodeGetsSwedishMessagesOnTheFields() throws Exception {
		String page = mvc.perform(post("/organisations/new").with(authentication(TestAuthentication.admin()))
			.with(csrf())
			.param("name", "Nykommun")
			.param("kind", "MUNICIPALITY")
			.param("scbCode", "12a")
			.param("townLatitude", "60.6"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Formuläret innehåller fel")
			.contains("Kommunkoden är fyra siffror, t.ex. 2080.")
			.contains("Ange både latitud och longitud, eller ingen av dem.")
			.contains("aria-invalid=\"true\"");
		page = mvc.perform(post("/organisations/new").with(authentication(TestAuthentication.admin()))
			.with(csrf())
			.param("name", "Nykommun")
			.param("kind", "MUNICIPALITY")
			.param("townLatitude", "sextio"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Ange latituden som ett tal, till exempel 60,6.");
		assertThat(repository.findByNameIgnoreCase("Nykommun")).isEmpty();
	}

	@Test
	void apiValidationErrorsNameTheField() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(authentication(TestAuthentication.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\", \"kind\": \"COMPANY\", \"email\": \"inte-en-adress\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Ange organisationens namn."))
			.andExpect(jsonPath("$.errors[?(@.field == 'email')].message").value("Ange en giltig e-postadress."));
		mvc.perform(post("/api/v1/organisations").with(authentication(TestAuthentication.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Nya kommunen\", \"kind\": \"MUNICIPALITY\", \"countyCode\": \"20\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scbCode"));
	}

	@Test
	void csvImportIsAllOrNothingAndNamesRowAndColumn() throws Exception {
		long before = organisationCount();
		String csv = """
				name;kind;scb_code;county_code;population
				Importföreningen Ett;ASSOCIATION;;;
				Importbolaget Två;BOLAG;;;
				Importkommunen;MUNICIPALITY;20x;20;många
				""";
		String page = mvc.perform(multipart("/organisations/import")
			.file(new MockMultipartFile("file", "org.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(authentication(TestAuthentication.admin()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Filen importerades inte").contains("Okänd typ &quot;BOLAG&quot;")
			.contains("<td>3</td>").contains("<td>kind</td>")
			.contains("<td>4</td>").contains("<td>population</td>").contains("Värdet &quot;många&quot; är inget heltal.");
		assertThat(organisationCount()).isEqualTo(before);
		assertThat(repository.findByNameIgnoreCase("Importföreningen Ett")).isEmpty();
	}

	@Test
	void csvImportRejectsMissingColumnsAndNonUtf8() throws Exception {
		String page = mvc.perform(multipart("/organisations/import")
			.file(new MockMultipartFile("file", "org.csv", "text/csv", "namn,typ\nA,B\n".getBytes(StandardCharsets.UTF_8)))
			.with(authentication(TestAuthentication.admin()))
			.with(csrf()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Kolumnen &quot;name&quot; saknas i rubrikraden.");
		page = mvc.perform(multipart("/organisations/import")
			.file(new MockMultipartFile("file", "org.csv", "text/csv",
					"name;kind\nF\u00f6rening;ASSOCIATION\n".getBytes(StandardCharsets.ISO_8859_1)))
			.with(authentication(TestAuthentication.admin()))
			.with(csrf()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Filen är inte kodad som UTF-8.");
	}

	@Test
	void csvImportCreatesEveryRowWhenAllAreValid() throws Exception {
		String csv = "\uFEFFname,kind,org_number,website\n"
				+ "Hyttbygdens företagarförening,ASSOCIATION,802400-0000,https://example.org\n"
				+ "Exempelverket,NATIONAL_AGENCY,,\n";
		mvc.perform(multipart("/organisations/import")
			.file(new MockMultipartFile("file", "org.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(authentication(TestAuthentication.admin()))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(repository.findByNameIgnoreCase("Hyttbygdens företagarförening")).get()
			.extracting(Organisation::orgNumber).isEqualTo("802400-0000");
		assertThat(repository.findByNameIgnoreCase("Exempelverket")).isPresent();
	}

	@Test
	void csvExportOpensInASwedishSpreadsheetAndDefusesFormulas() throws Exception {
		mvc.perform(post("/organisations/new").with(authentication(TestAuthentication.admin()))
			.with(csrf())
			.param("name", "=HYPERLINK(\"http://example.org\")")
			.param("kind", "COMPANY"))
			.andExpect(status().is3xxRedirection());
		byte[] body = mvc.perform(get("/organisations/export.csv").param("kind", "COMPANY"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFname;kind;org_number;scb_code");
		assertThat(text).contains("'=HYPERLINK").contains("\r\n");
	}

	@Test
	void changesAreAuditedWithOldAndNewValues() throws Exception {
		mvc.perform(post("/organisations/new").with(authentication(TestAuthentication.admin()))
			.with(csrf())
			.param("name", "Granskade föreningen")
			.param("kind", "ASSOCIATION")
			.param("phone", "023-00 00 00"))
			.andExpect(status().is3xxRedirection());
		Organisation saved = repository.findByNameIgnoreCase("Granskade föreningen").orElseThrow();
		mvc.perform(post("/organisations/{id}/edit", saved.id()).with(authentication(TestAuthentication.admin()))
			.with(csrf())
			.param("name", "Granskade föreningen")
			.param("kind", "ASSOCIATION")
			.param("phone", "023-11 11 11"))
			.andExpect(status().is3xxRedirection());
		String audit = mvc.perform(get("/admin/audit").param("entityType", "organisation")
			.param("entityId", saved.id().toString())
			.with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(audit).contains("023-00 00 00").contains("023-11 11 11").contains("ändrad").contains("skapad");
	}

}
