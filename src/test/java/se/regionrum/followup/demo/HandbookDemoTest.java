package se.regionrum.followup.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.followup.handbook.ChapterKind;
import se.regionrum.followup.handbook.EditionContent;

/**
 * The Dalarna demo's handbook "Kommuner som möjliggörare av regional utveckling" (seed 000), with
 * methods from seeds 000, 004 and 001, three practice cases with stories, the ranked answers of the
 * Regionala rummet evaluation and the four lessons of seed 003 (from the demo programme), published
 * as edition 1.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HandbookDemoTest extends FollowupTestBase {

	@Test
	void theDemoHandbookIsPublishedWithTheSeedsMethodsCasesAndLessons() throws Exception {
		long id = demoHandbookId();
		EditionContent edition = handbooks.content(handbooks.edition(id, 1));
		assertThat(edition.title()).isEqualTo(TITLE);
		assertThat(edition.foreword()).contains("Dalametoden");
		List<EditionContent.Chapter> chapters = edition.chapters();
		assertThat(chapters.stream().filter(c -> c.kind() == ChapterKind.METHOD).map(EditionContent.Chapter::title))
			.contains("Kommundialog", "Frågeklassning – platsbundet, regionalt och regionens aspekt",
					"Lärprojekt enligt Dalalab – ”Hur gör vi?”");
		EditionContent.Chapter dialogue = chapters.stream().filter(c -> c.title().equals("Kommundialog")).findFirst()
			.orElseThrow();
		assertThat(dialogue.sections().get(dialogue.sections().size() - 1).text()).contains("Kommundialog Mora",
				"Dalametoden steg 2", "Servicepunkt i Björbo");
		assertThat(chapters.stream().filter(c -> c.kind() == ChapterKind.PRACTICE_CASE)).hasSize(3)
			.allSatisfy(c -> assertThat(c.sections()).isNotEmpty());
		assertThat(edition.practiceCasesByMunicipality()).containsKeys("Gagnefs kommun", "Borlänge kommun",
				"Ludvika kommun");
		assertThat(edition.practiceCasesByTheme()).containsKeys("Kommersiell service", "Samhällsplanering");
		EditionContent.Chapter lessons = chapters.stream()
			.filter(c -> c.title().equals("Lärdomar från Regionala serviceprogrammet 2016–2019")).findFirst().orElseThrow();
		// the lessons of the demo's seed 003 programme, frozen into the edition
		assertThat(lessons.kind()).isEqualTo(ChapterKind.PROGRAMME_LESSONS);
		assertThat(lessons.source()).contains("Processledning Regionala serviceprogrammet 2016–2019");
		String lessonText = lessons.sections().stream().map(EditionContent.Section::text).reduce("", String::concat);
		assertThat(lessonText).contains("lokala förutsättningarna i en bygd", "kommunernas aktiva medverkan",
				"resurser och tid till lärande", "processledning behövs");
		EditionContent.Chapter survey = chapters.stream().filter(c -> c.kind() == ChapterKind.SURVEY_RESULTS)
			.findFirst().orElseThrow();
		assertThat(survey.questions().get(0).rows().get(0).label()).isEqualTo("Tillståndsprocesser");
		assertThat(survey.questions().get(0).rows().get(0).count()).isEqualTo(3);

		String page = mvc.perform(get("/handbooks/{id}/published", id))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(TITLE).contains("Servicepunkt i Björbo").contains("Register över praktikfall");
	}

}
