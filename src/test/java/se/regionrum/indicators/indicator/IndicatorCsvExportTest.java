package se.regionrum.indicators.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import se.regionrum.indicators.IndicatorsTestBase;

/** The CSV exports: Swedish spreadsheet conventions, every value with its status and the exempeldata mark. */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorCsvExportTest extends IndicatorsTestBase {

	@Test
	void exportsEveryValueWithStatusAndExampleMark() throws Exception {
		long employment = indicatorId("N00914");
		var response = mvc.perform(get("/indicators/{id}/values.csv", employment)).andExpect(status().isOk()).andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("nyckeltal-N00914.csv");
		String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFindicator;area_code;area;area_kind;year;gender;value;unit;status;exempeldata\r\n");
		List<String> lines = csv.lines().toList();
		// 15 municipalities, the region and the country, 10 years, 3 genders
		assertThat(lines).hasSize(1 + 17 * 10 * 3);
		String falun2024 = lines.stream().filter(l -> l.startsWith("N00914;2080;Falun;MUNICIPALITY;2024;T;")).findFirst()
			.orElseThrow();
		assertThat(falun2024).matches("N00914;2080;Falun;MUNICIPALITY;2024;T;\\d+,\\d;%;preliminär;exempeldata");

		long population = indicatorId("N01951");
		String pop = new String(mvc.perform(get("/indicators/{id}/values.csv", population)).andReturn().getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		// the real figure of 2024 (SCB) carries no exempeldata mark; the earlier years do
		assertThat(pop).contains("N01951;2080;Falun;MUNICIPALITY;2024;T;59945;invånare;;\r\n");
		assertThat(pop).containsPattern("N01951;2080;Falun;MUNICIPALITY;2015;T;\\d+;invånare;;exempeldata");
		assertThat(pop).contains("N01951;0020;Dalarnas län;REGION;2024;T;286546;invånare;;\r\n");

		long broadband = indicatorId("BREDBAND100");
		String missing = new String(mvc.perform(get("/indicators/{id}/values.csv", broadband)).andReturn().getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(missing).contains("BREDBAND100;2039;Älvdalen;MUNICIPALITY;2015;T;;%;saknas;exempeldata");
	}

	@Test
	void exportsTheFilteredList() throws Exception {
		String csv = new String(mvc.perform(get("/indicators/export.csv").param("source", "KOLADA")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFid;code;name;unit;source;source_id;source_contents;higher_is_better;goals;first_year;last_year;exempeldata");
		assertThat(csv).contains(";N00914;Förvärvsarbetande invånare 20–64 år, andel (%);%;KOLADA;N00914;;ja;2;2015;2024;ja");
		assertThat(csv).doesNotContain("BREDBAND100");
	}

}
