package se.regionrum.followup.mapcomposer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.platform.SystemUser;

/** Compositions owned by the Dalarna test organisations, and indicator values and flows inserted as rows. */
abstract class MapTestBase extends FollowupTestBase {

	@Autowired
	protected MapCompositionService maps;

	/** An indicator with a value for every municipality of the register (2080 Falun highest), for one year. */
	protected long indicatorWithValues(String code, int year) {
		Instant now = Instant.now();
		jdbc.sql("""
				insert into indicator (code, name, unit, source, higher_is_better, created_at, updated_at)
				values (?, ?, 'antal', 'OWN', true, ?, ?)""")
			.params(code, "Testindikator " + code, Timestamp.from(now), Timestamp.from(now))
			.update();
		long id = jdbc.sql("select id from indicator where code = ?").param(code).query(Long.class).single();
		List<String> codes = jdbc.sql("select scb_code from organisation where scb_code is not null and kind = 'MUNICIPALITY'")
			.query(String.class).list();
		int i = 1;
		for (String scb : codes) {
			jdbc.sql("insert into indicator_value (indicator_id, area_code, value_year, gender, amount, example) "
					+ "values (?, ?, ?, 'T', ?, true)")
				.params(id, scb, year, "2080".equals(scb) ? 60000.0 : 1000.0 * i++)
				.update();
		}
		return id;
	}

	/** Flows of a year between Dalarna municipalities (Borlänge and Falun, both ways), unless there are some. */
	protected void flows(int year) {
		if (jdbc.sql("select count(*) from commuting_flow where flow_year = ?").param(year).query(Long.class)
			.single() > 0) {
			return;
		}
		jdbc.sql("insert into commuting_flow (home_code, work_code, flow_year, gender, persons, example) values "
				+ "('2081', '2080', ?, 'T', 4200, true), ('2080', '2081', ?, 'T', 3100, true), "
				+ "('2062', '2080', ?, 'T', 150, true)")
			.params(year, year, year)
			.update();
	}

	protected MapComposition map(String title, long owner, boolean published, MapRequest.LayerRequest... layers) {
		MapForm form = new MapForm();
		form.setTitle(title);
		form.setSubtitle("Underrubrik");
		form.setSourceLine("SCB, testdata");
		form.setOwnerOrganisationId(owner);
		form.setPublished(published);
		return SystemUser.call(() -> maps.create(form, List.of(layers)));
	}

	protected static MapRequest.LayerRequest layer(LayerKind kind, LayerOptions options) {
		return new MapRequest.LayerRequest(kind, options);
	}

	protected static LayerOptions choropleth(long indicatorId) {
		return new LayerOptions(indicatorId, null, null, null, null, null, null, null, null, null, null, true);
	}

	protected static LayerOptions flowsOf(int year, int minPersons) {
		return new LayerOptions(null, null, year, null, null, null, null, null, null, minPersons, null, null);
	}

}
