package se.regionrum.initiatives;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.initiatives.initiative.InitiativeService;

/** The Dalarna organisations and strategy that the initiatives tests use, found or created. */
public abstract class InitiativesTestBase {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected Organisations organisations;

	@Autowired
	protected OrganisationService organisationService;

	@Autowired
	protected InitiativeService initiatives;

	protected OrganisationRef falun;

	protected OrganisationRef mora;

	@BeforeEach
	protected void world() {
		InitiativesFixtures.ensure(jdbc, organisations, organisationService);
		falun = organisations.findByScbCode("2080").orElseThrow();
		mora = organisations.findByScbCode("2062").orElseThrow();
	}

	/** A token that makes a test's titles unique in the shared test database. */
	protected static String token() {
		return "T" + Long.toString(System.nanoTime(), 36);
	}

}
