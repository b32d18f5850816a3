package se.regionrum.initiatives.obstacle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The list of open obstacles exports as CSV with the list's filter, published initiatives only for visitors. */
@SpringBootTest
@AutoConfigureMockMvc
class ObstacleExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void exportsTheOpenObstaclesOfPublishedInitiatives() throws Exception {
		String csv = mvc.perform(get("/obstacles/export.csv")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFremover;kind;status;title;initiative_id");
		long lines = csv.lines().count() - 1;
		long publishedOpen = jdbc.sql("""
				select count(*) from obstacle o join initiative i on i.id = o.initiative_id
				where i.published = true and o.status <> 'REMOVED'""").query(Long.class).single();
		assertThat(lines).isPositive().isLessThanOrEqualTo(publishedOpen);
	}

}
