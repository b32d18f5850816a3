package se.regionrum.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.run.AnalysisRun;
import se.regionrum.analysis.run.RunService;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.initiatives.demo.InitiativesDemoData;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * No table of ours has multi-level headers, which HTML_CodeSniffer (rule H43) requires to be tied
 * to their cells with headers attributes: at most one row and one column hold more than one
 * header cell, and no header spans both rows and columns. Sum rows are where this goes wrong.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TableHeadersWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationService organisationService;

	@Autowired
	InitiativesDemoData initiativesDemo;

	@Autowired
	DataSetService data;

	@Autowired
	RunService runs;

	@Test
	void tablesWithSumRowsKeepSimpleHeaders() throws Exception {
		InitiativesFixtures.ensureDemo(jdbc, organisations, organisationService, initiativesDemo);
		List<String> pages = new ArrayList<>(List.of("/initiatives", "/initiatives/statistics", "/coverage",
				"/establishments", "/obstacles", "/plans/matrix", "/organisations", "/strategies"));
		jdbc.sql("select distinct initiative_id from funding_line order by initiative_id").query(Long.class).list()
			.forEach(id -> pages.add("/initiatives/" + id));
		jdbc.sql("select id from establishment order by id").query(Long.class).list()
			.forEach(id -> pages.add("/establishments/" + id));
		organisations.municipalities().forEach(m -> pages.add("/municipalities/" + m.id()));
		AnalysisFixtures.World world = AnalysisFixtures.create(data, "tabeller " + System.nanoTime());
		AnalysisRun run = AnalysisFixtures.await(runs, SystemUser.call(() -> runs.start(world.request("Tabeller"))).id());
		pages.addAll(List.of("/analysis/runs/" + run.id(), "/analysis/runs/" + run.id() + "/impacts", "/analysis/data"));

		List<String> problems = new ArrayList<>();
		int tables = 0;
		for (String path : pages) {
			String html = mvc.perform(get(path).with(authentication(TestAuthentication.admin()))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			for (Element table : Jsoup.parse(html).select("table")) {
				tables++;
				String problem = multiLevelHeaders(table);
				if (problem != null) {
					problems.add(path + " (" + table.select("caption").text() + "): " + problem);
				}
			}
		}
		assertThat(tables).isGreaterThan(pages.size() / 2);
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void theCheckFindsASumRowWhoseHeaderSpansTwoColumns() {
		Element table = Jsoup.parse("""
				<table><thead><tr><th>Källa</th><th>År</th><th>Sökt</th></tr></thead>
				<tbody><tr><td>EU</td><td>2025</td><td>10</td></tr></tbody>
				<tfoot><tr><th scope="row" colspan="2">Summa</th><td>10</td></tr></tfoot></table>""").selectFirst("table");
		assertThat(multiLevelHeaders(table)).isNotNull();
		Element fixed = Jsoup.parse("""
				<table><thead><tr><th>Källa</th><th>År</th><th>Sökt</th></tr></thead>
				<tbody><tr><td>EU</td><td>2025</td><td>10</td></tr></tbody>
				<tfoot><tr><th scope="row">Summa</th><td></td><td>10</td></tr></tfoot></table>""").selectFirst("table");
		assertThat(multiLevelHeaders(fixed)).isNull();
	}

	/**
	 * Why the table's headers are multi-level, as HTML_CodeSniffer's testTableHeaders decides it
	 * (header cells counted per row by their column span and per column by their row span), or null.
	 */
	static String multiLevelHeaders(Element table) {
		Map<Integer, Integer> perRow = new HashMap<>();
		Map<Integer, Integer> perColumn = new HashMap<>();
		Map<Integer, Deque<Integer>> skipped = new HashMap<>();
		List<Element> rows = table.select("tr");
		for (int r = 0; r < rows.size(); r++) {
			int column = 0;
			for (Element cell : rows.get(r).children()) {
				if (!cell.tagName().equals("th") && !cell.tagName().equals("td")) {
					continue;
				}
				Deque<Integer> skip = skipped.getOrDefault(r, new ArrayDeque<>());
				while (!skip.isEmpty() && skip.peekFirst() == column) {
					skip.removeFirst();
					column++;
				}
				int rowspan = span(cell, "rowspan");
				int colspan = span(cell, "colspan");
				for (int i = r + 1; i < r + rowspan; i++) {
					for (int j = column; j < column + colspan; j++) {
						skipped.computeIfAbsent(i, k -> new ArrayDeque<>()).addLast(j);
					}
				}
				if (cell.tagName().equals("th")) {
					if (rowspan > 1 && colspan > 1) {
						return "a header cell spans both rows and columns: " + cell.text();
					}
					perRow.merge(r, colspan, Integer::sum);
					perColumn.merge(column, rowspan, Integer::sum);
				}
				column += colspan;
			}
		}
		long rowsWithSeveral = perRow.values().stream().filter(n -> n > 1).count();
		long columnsWithSeveral = perColumn.values().stream().filter(n -> n > 1).count();
		if (rowsWithSeveral > 1 || columnsWithSeveral > 1) {
			return rowsWithSeveral + " rows and " + columnsWithSeveral + " columns hold several header cells";
		}
		return null;
	}

	private static int span(Element cell, String attribute) {
		try {
			return Math.max(1, Integer.parseInt(cell.attr(attribute).strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
