package se.regionrum.initiatives.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;

import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.initiatives.InitiativesTestBase;
import se.regionrum.platform.TestAuthentication;

/** A CSV import is all or nothing, and every problem names its row and column. */
@SpringBootTest
@AutoConfigureMockMvc
class InitiativeCsvImportTest extends InitiativesTestBase {

	private static final String HEADER = "title;owner;level;status;place_kind;latitude;longitude;municipalities;themes;goals;practice_case;published\n";

	private long count(String token) {
		return jdbc.sql("select count(*) from initiative where title like ?").param("%" + token + "%").query(Long.class)
			.single();
	}

	private MockMultipartFile file(String content) {
		return new MockMultipartFile("file", "initiativ.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void importsAValidFile() throws Exception {
		String token = token();
		String csv = HEADER + "Servicepunkt " + token + ";Falu kommun;LOCAL;UNDER_WAY;POINT;60,61;15,63;2080;SERVICE,FOOD;1.1;ja;ja\n"
				+ "Pendling " + token + ";2080;INTERMUNICIPAL;;;;;2080,2062;TRANSPORT;;nej;nej\n";
		mvc.perform(multipart("/initiatives/import").file(file(csv)).with(authentication(TestAuthentication.admin()))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(count(token)).isEqualTo(2);
		List<Long> ids = jdbc.sql("select id from initiative where title like ? order by title")
			.param("%" + token).query(Long.class).list();
		var pendling = se.regionrum.platform.SystemUser.call(() -> initiatives.get(ids.get(0)));
		assertThat(pendling.title()).isEqualTo("Pendling " + token);
		assertThat(pendling.municipalityIds()).containsExactlyInAnyOrder(falun.id(), mora.id());
		assertThat(pendling.published()).isFalse();
		var service = initiatives.get(ids.get(1));
		assertThat(service.status()).isEqualTo(InitiativeStatus.UNDER_WAY);
		assertThat(service.latitude()).isEqualTo(60.61);
		assertThat(service.practiceCase()).isTrue();
		assertThat(service.goalIds()).hasSize(1);
	}

	@Test
	void oneBadRowRejectsTheWholeFileAndNamesRowAndColumn() throws Exception {
		String token = token();
		String csv = HEADER + "Bra rad " + token + ";Falu kommun;LOCAL;;;;;2080;;;;\n"
				+ "Dålig nivå " + token + ";Falu kommun;COUNTY;;;;;2080;;;;\n"
				+ ";Okänd organisation;LOCAL;;;;;9999;MAGIC;9.9;kanske;\n";
		String page = mvc.perform(multipart("/initiatives/import").file(file(csv))
			.with(authentication(TestAuthentication.admin())).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(count(token)).isZero();
		assertThat(page).contains("Filen importerades inte").contains("Okänt värde &quot;COUNTY&quot;.")
			.contains("Organisationen &quot;Okänd organisation&quot; finns inte.")
			.contains("Kommunkoden &quot;9999&quot; finns inte.").contains("Ange en titel.");

		mvc.perform(multipart("/api/v1/initiatives/import").file(file(csv))
			.with(authentication(TestAuthentication.admin())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == 'level')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'owner')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'municipalities')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'themes')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'goals')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'practice_case')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'title')]").exists());
		assertThat(count(token)).isZero();
	}

	@Test
	void anEditorImportsOnlyForTheirOwnOrganisation() throws Exception {
		String token = token();
		String csv = HEADER + "Eget " + token + ";Falu kommun;LOCAL;;;;;2080;;;;\n"
				+ "Annans " + token + ";Mora kommun;LOCAL;;;;;2062;;;;\n";
		mvc.perform(multipart("/api/v1/initiatives/import").file(file(csv))
			.with(authentication(TestAuthentication.editorOf(falun.id()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("owner"));
		assertThat(count(token)).isZero();
	}

	@Test
	void exportImportsBack() throws Exception {
		String token = token();
		InitiativesFixtures.create(initiatives, "Rundresa " + token, falun.id(), List.of(falun.id(), mora.id()), true);
		String exported = mvc.perform(get("/initiatives/export.csv").param("q", token))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String renamed = exported.replace("Rundresa " + token, "Tillbaka " + token);
		mvc.perform(multipart("/api/v1/initiatives/import").file(file(renamed))
			.with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		assertThat(count("Tillbaka " + token)).isEqualTo(1);
	}

}
