package se.regionrum.strategy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.strategy.GoalLevel;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;
import se.regionrum.strategy.StrategyFixtures;
import se.regionrum.strategy.consultation.Agreement;
import se.regionrum.strategy.consultation.ConsultationService;
import se.regionrum.strategy.consultation.ConsultationViews.ConsensusRow;

/** The Dalarna demo data loads through the services, can be loaded again without doubling, and disagrees on some goals. */
@SpringBootTest
@Import(StrategyFixtures.class)
class StrategyDemoDataTest {

	@Autowired
	StrategyFixtures data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Goals goals;

	@Autowired
	ConsultationService consultations;

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void loadsOnceAndAgainWithoutDoubling() {
		data.dalarnaDemo();
		String counts = "select (select count(*) from strategy where name like '%exempel)%') || '/' || "
				+ "(select count(*) from plan where note = 'Exempeldata') || '/' || "
				+ "(select count(*) from consultation_response r join consultation c on c.id = r.consultation_id "
				+ " where c.title like 'Remiss – revidering%') || '/' || (select count(*) from issue)";
		String first = jdbc.sql(counts).query(String.class).single();
		data.dalarnaDemo();
		assertThat(jdbc.sql(counts).query(String.class).single()).isEqualTo(first);
		assertThat(first).startsWith("4/104/");

		long rus = jdbc.sql("select id from strategy where name = 'Dalastrategin 2030 (exempel)'").query(Long.class).single();
		List<GoalRef> structure = goals.ofStrategy(rus);
		assertThat(structure).filteredOn(g -> g.level() == GoalLevel.GOAL_AREA).extracting(GoalRef::label)
			.containsExactly("1 Kompetens och kunskap för regionens utveckling", "2 Innovativt och konkurrenskraftigt näringsliv",
					"3 Hållbar samhällsplanering, attraktivitet och tillgänglighet");
		assertThat(structure).filteredOn(g -> g.level() == GoalLevel.GOAL).hasSizeBetween(6, 12);
		assertThat(count("select count(distinct organisation_id) from plan where note = 'Exempeldata'")).isEqualTo(15);

		long consultation = jdbc.sql("select id from consultation where title like 'Remiss – revidering%'").query(Long.class)
			.single();
		var consensus = consultations.consensus(consultation);
		assertThat(consensus.responses()).isBetween(6L, 8L);
		assertThat(consensus.rows()).extracting(ConsensusRow::agreement)
			.contains(Agreement.CONSENSUS, Agreement.DIVIDED, Agreement.CONTESTED, Agreement.SUPPORT_WITH_CHANGES);
		assertThat(consultations.commentCount(consultation)).isGreaterThanOrEqualTo(2);
		assertThat(consultations.changes(consultation)).extracting(c -> c.kind().name()).contains("CHANGED", "ADDED");
	}

	@Test
	void demoFilesNameNoRealPeopleAndOnlyExampleAddresses() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/dalarna/strategy/*");
		assertThat(files).hasSizeGreaterThanOrEqualTo(4);
		for (Resource file : files) {
			String text = file.getContentAsString(StandardCharsets.UTF_8);
			assertThat(text.replaceAll("[\\w.+-]+@example\\.org", "")).as(file.getFilename()).doesNotContain("@");
			assertThat(text).as(file.getFilename()).doesNotContain("regiondalarna.se");
		}
	}

}
