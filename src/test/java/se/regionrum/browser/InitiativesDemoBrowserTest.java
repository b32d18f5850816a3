package se.regionrum.browser;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.initiatives.demo.InitiativesDemoData;

/** Browser tests on Dalarna's demo initiatives and establishments, loaded once. */
abstract class InitiativesDemoBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationService organisationService;

	@Autowired
	InitiativesDemoData demoData;

	@BeforeEach
	void dalarna() {
		InitiativesFixtures.ensureDemo(jdbc, organisations, organisationService, demoData);
	}

}
