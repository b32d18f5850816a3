package se.regionrum.initiatives;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationForm;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.initiatives.demo.InitiativesDemoData;
import se.regionrum.initiatives.initiative.Initiative;
import se.regionrum.initiatives.initiative.InitiativeForm;
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.initiatives.initiative.PlaceKind;
import se.regionrum.platform.SystemUser;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the initiatives module. The world it expects from the actors and strategy modules,
 * for tests, the demo server and the benchmark: Region Dalarna, its 15 municipalities, a few
 * partners and an example regional strategy with goals; existing records are reused, so it can run
 * on a database where the other modules' demo data is already loaded. And initiatives made for a
 * test, as the system user, with titles the test chooses.
 */
public final class InitiativesFixtures {

	public static final Map<String, String> MUNICIPALITIES = new LinkedHashMap<>();

	static {
		String[][] m = { { "2021", "Vansbro kommun", "60.5120", "14.2250" }, { "2023", "Malung-Sälens kommun", "60.6860", "13.7150" },
				{ "2026", "Gagnefs kommun", "60.5840", "15.0710" }, { "2029", "Leksands kommun", "60.7300", "14.9980" },
				{ "2031", "Rättviks kommun", "60.8870", "15.1170" }, { "2034", "Orsa kommun", "61.1200", "14.6150" },
				{ "2039", "Älvdalens kommun", "61.2270", "14.0400" }, { "2061", "Smedjebackens kommun", "60.1410", "15.4130" },
				{ "2062", "Mora kommun", "61.0050", "14.5370" }, { "2080", "Falu kommun", "60.6070", "15.6310" },
				{ "2081", "Borlänge kommun", "60.4860", "15.4370" }, { "2082", "Säters kommun", "60.3480", "15.7500" },
				{ "2083", "Hedemora kommun", "60.2790", "15.9880" }, { "2084", "Avesta kommun", "60.1450", "16.1680" },
				{ "2085", "Ludvika kommun", "60.1500", "15.1880" } };
		for (String[] row : m) {
			MUNICIPALITIES.put(row[0], row[1] + ";" + row[2] + ";" + row[3]);
		}
	}

	private InitiativesFixtures() {
	}

	/** Creates what is missing; returns the regional strategy's id. */
	public static long ensure(JdbcClient jdbc, Organisations organisations, OrganisationService service) {
		SystemUser.run(() -> {
			if (organisations.findByName("Region Dalarna").isEmpty()) {
				service.create(new OrganisationForm("Region Dalarna", OrganisationKind.REGION, "", "", "20", null, null,
						"Falun", null, null, "", "", "", ""));
			}
			MUNICIPALITIES.forEach((code, value) -> {
				String[] parts = value.split(";");
				if (organisations.findByScbCode(code).isEmpty()) {
					service.create(new OrganisationForm(parts[0], OrganisationKind.MUNICIPALITY, "", code, "20", 10000,
							2024, parts[0].replace(" kommun", "").replace("s kommun", ""), Double.valueOf(parts[1]),
							Double.valueOf(parts[2]), "", "", "", ""));
				}
			});
			for (String[] partner : new String[][] { { "Länsstyrelsen Dalarna", "COUNTY_ADMINISTRATIVE_BOARD" },
					{ "Tillväxtverket", "NATIONAL_AGENCY" }, { "Trafikverket", "NATIONAL_AGENCY" },
					{ "Högskolan Dalarna", "UNIVERSITY" }, { "Coompanion Dalarna", "ASSOCIATION" },
					{ "Björbo Intresseförening", "ASSOCIATION" }, { "Föreningen Lokal Mat", "ASSOCIATION" } }) {
				if (organisations.findByName(partner[0]).isEmpty()) {
					OrganisationKind kind = OrganisationKind.valueOf(partner[1]);
					service.create(new OrganisationForm(partner[0], kind, "", "", kind.hasCounty() ? "20" : "", null,
							null, "", null, null, "", "", "", ""));
				}
			}
		});
		List<Long> existing = jdbc.sql("select id from strategy where kind = 'REGIONAL' order by id").query(Long.class)
			.list();
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		long region = organisations.findByName("Region Dalarna").map(OrganisationRef::id).orElseThrow();
		return insertStrategy(jdbc, "Dalastrategin 2030 (exempel)", "REGIONAL", region, 2021, "ADOPTED");
	}

	/** The world and the initiatives module's demo data (initiatives, funding, establishments), loaded once. */
	public static void ensureDemo(JdbcClient jdbc, Organisations organisations, OrganisationService service,
			InitiativesDemoData demo) {
		ensure(jdbc, organisations, service);
		if (jdbc.sql("select count(*) from initiative where title = 'Servicepunkt i Björbo'").query(Long.class)
			.single() == 0) {
			SystemUser.run(demo::load);
		}
	}

	/** A strategy with three goal areas, eight goals and two priorities, inserted directly. */
	public static long insertStrategy(JdbcClient jdbc, String name, String kind, long owner, int periodStart,
			String status) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into strategy (name, kind, owner_organisation_id, period_start, period_end, status, published,
				    created_at, updated_at) values (?, ?, ?, ?, ?, ?, true, ?, ?)""")
			.params(name, kind, owner, periodStart, periodStart + 9, status, now, now)
			.update();
		long strategy = jdbc.sql("select max(id) from strategy where name = ?").param(name).query(Long.class).single();
		String[][] tree = { { "1", "Hållbar tillväxt och konkurrenskraft", null }, { "1.1", "Ett livskraftigt näringsliv i hela länet", "1" },
				{ "1.2", "Kompetensförsörjning och innovation", "1" }, { "1.3", "Hållbara transporter och trygg energi", "1" },
				{ "2", "Attraktiva livsmiljöer", null }, { "2.1", "God tillgång till service i hela länet", "2" },
				{ "2.1.1", "Servicepunkter i gles- och landsbygd", "2.1" }, { "2.2", "Bostäder för alla skeden i livet", "2" },
				{ "2.3", "Hälsa, utbildning och digital tillgång", "2" }, { "3", "Samordnad planering och samverkan", null },
				{ "3.1", "Planberedskap och samordnad samhällsplanering", "3" }, { "3.2", "Klimatsmarta resor och miljö", "3" },
				{ "3.2.1", "Pendling med kollektivtrafik och cykel", "3.2" } };
		Map<String, Long> ids = new LinkedHashMap<>();
		int position = 0;
		for (String[] goal : tree) {
			String level = goal[2] == null ? "GOAL_AREA" : goal[0].chars().filter(c -> c == '.').count() == 1 ? "GOAL"
					: "PRIORITY";
			jdbc.sql("""
					insert into goal (strategy_id, parent_id, level, code, title, position, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(strategy, goal[2] == null ? null : ids.get(goal[2]), level, goal[0], goal[1], position++, now, now)
				.update();
			ids.put(goal[0], jdbc.sql("select max(id) from goal where strategy_id = ? and code = ?")
				.params(strategy, goal[0]).query(Long.class).single());
		}
		return strategy;
	}

	public static InitiativeForm form(String title, long owner, List<Long> municipalities, boolean published) {
		InitiativeForm form = InitiativeForm.empty();
		form.setTitle(title);
		form.setOwnerOrganisationId(owner);
		form.setMunicipalityIds(municipalities);
		form.setPlaceKind(PlaceKind.MUNICIPALITIES);
		form.setLevel(InitiativeLevel.LOCAL);
		form.setPublished(published);
		return form;
	}

	public static Initiative create(InitiativeService service, InitiativeForm form) {
		return SystemUser.call(() -> service.create(form));
	}

	public static Initiative create(InitiativeService service, String title, long owner, List<Long> municipalities,
			boolean published) {
		return create(service, form(title, owner, municipalities, published));
	}

}
