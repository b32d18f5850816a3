package se.regionrum.strategy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationForm;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.platform.SystemUser;
import se.regionrum.strategy.demo.StrategyDemoData;

/**
 * Organisations the strategy tests need, found or created (never deleted: the test database is
 * shared), and the Dalarna demo data loaded on top of them.
 */
@Component
public class StrategyFixtures {

	/** The 15 municipalities of Dalarna by SCB code. */
	public static final Map<String, String> DALARNA = new LinkedHashMap<>();

	static {
		DALARNA.put("2021", "Vansbro kommun");
		DALARNA.put("2023", "Malung-Sälens kommun");
		DALARNA.put("2026", "Gagnefs kommun");
		DALARNA.put("2029", "Leksands kommun");
		DALARNA.put("2031", "Rättviks kommun");
		DALARNA.put("2034", "Orsa kommun");
		DALARNA.put("2039", "Älvdalens kommun");
		DALARNA.put("2061", "Smedjebackens kommun");
		DALARNA.put("2062", "Mora kommun");
		DALARNA.put("2080", "Falu kommun");
		DALARNA.put("2081", "Borlänge kommun");
		DALARNA.put("2082", "Säters kommun");
		DALARNA.put("2083", "Hedemora kommun");
		DALARNA.put("2084", "Avesta kommun");
		DALARNA.put("2085", "Ludvika kommun");
	}

	private final Organisations organisations;

	private final OrganisationService service;

	private final StrategyDemoData demo;

	StrategyFixtures(Organisations organisations, OrganisationService service, StrategyDemoData demo) {
		this.organisations = organisations;
		this.service = service;
		this.demo = demo;
	}

	/** Dalarna's municipalities and the organisations the demo refers to, then the strategy demo data. */
	public synchronized void dalarnaDemo() {
		DALARNA.forEach(this::municipality);
		organisation("Region Dalarna", OrganisationKind.REGION, "20");
		organisation("Länsstyrelsen Dalarna", OrganisationKind.COUNTY_ADMINISTRATIVE_BOARD, "20");
		organisation("Tillväxtverket", OrganisationKind.NATIONAL_AGENCY, "");
		organisation("Boverket", OrganisationKind.NATIONAL_AGENCY, "");
		organisation("Trafikverket", OrganisationKind.NATIONAL_AGENCY, "");
		organisation("Högskolan Dalarna", OrganisationKind.UNIVERSITY, "");
		organisation("Coompanion Dalarna", OrganisationKind.ASSOCIATION, "");
		demo.load("dalarna");
	}

	/** A municipality by SCB code, created when missing. */
	public long municipality(String scbCode, String name) {
		return organisations.findByScbCode(scbCode).map(OrganisationRef::id)
			.orElseGet(() -> SystemUser.call(() -> service.create(new OrganisationForm(name, OrganisationKind.MUNICIPALITY,
					"", scbCode, scbCode.substring(0, 2), 10000, 2024, "", null, null, "", "", "", ""))).id());
	}

	/** An organisation by exact name, created when missing. */
	public long organisation(String name, OrganisationKind kind, String countyCode) {
		return organisations.findByName(name).map(OrganisationRef::id)
			.orElseGet(() -> SystemUser.call(() -> service.create(new OrganisationForm(name, kind, "", "", countyCode, null,
					null, "", null, null, "", "", "", ""))).id());
	}

}
