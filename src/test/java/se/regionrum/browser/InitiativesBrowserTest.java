package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.initiatives.demo.InitiativesDemoData;
import se.regionrum.platform.SystemUser;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/**
 * The main flows of the initiatives module in a real browser: an administrator creates an
 * initiative and moves it on; anyone filters the list and sees the same selection on the map;
 * the coverage matrix drills down to the initiatives it counts; an establishment's estimate
 * follows its assumptions. axe-core checks every page on the way.
 */
class InitiativesBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationService organisationService;

	@Autowired
	InitiativesDemoData demoData;

	@Autowired
	Goals goals;

	@BeforeEach
	void dalarna() {
		InitiativesFixtures.ensure(jdbc, organisations, organisationService);
		if (jdbc.sql("select count(*) from initiative where title = 'Servicepunkt i Björbo'").query(Long.class).single() == 0) {
			SystemUser.run(demoData::load);
		}
	}

	private static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name);
	}

	@Test
	void administratorCreatesAnInitiativeAndMovesItOn() {
		signInAsAdmin();
		open("/initiatives/new");
		assertAccessible();
		page.getByLabel("Titel").fill("Laddstolpar vid bygdegårdar i Orsa");
		page.getByLabel("Beskrivning").fill("Byarna i Orsa finnmark får laddplatser vid bygdegårdarna.");
		page.locator("#ownerOrganisationId").selectOption(new SelectOption().setLabel("Orsa kommun"));
		page.locator("#level").selectOption("LOCAL");
		page.locator("#municipalityIds").selectOption(new SelectOption().setLabel("Orsa kommun"));
		page.getByLabel("Energi").check();
		page.getByLabel("Kommersiell service").check();
		GoalRef goal = goals.regionalStrategyGoals().stream().filter(g -> "3.2".equals(g.code())).findFirst().orElseThrow();
		page.locator("#goalIds").selectOption(String.valueOf(goal.id()));
		page.getByLabel("Publicerat (synligt för alla)").check();
		page.getByRole(AriaRole.BUTTON, named("Spara")).click();

		assertThat(page.locator("h1")).hasText("Laddstolpar vid bygdegårdar i Orsa");
		assertThat(page.locator(".flash-success")).hasText("Sparat.");
		assertThat(page.locator(".facts")).containsText("Orsa kommun");
		assertThat(page.locator("main")).containsText(goal.label());

		page.locator("#newStatus").selectOption("PREPARATION");
		page.getByLabel("Kommentar").fill("Förstudie beviljad");
		page.getByRole(AriaRole.BUTTON, named("Ändra status")).click();
		assertThat(page.locator(".flash-success")).hasText("Statusen är ändrad.");
		Locator history = page.locator("table").first().locator("tbody tr");
		assertThat(history).hasCount(2);
		assertThat(history.nth(1)).containsText("Förberedelse");
		assertThat(history.nth(1)).containsText("Förstudie beviljad");

		page.getByRole(AriaRole.LINK, named("Nytt hinder")).click();
		page.getByLabel("Hinder").fill("Nätkapacitet saknas i byarna");
		page.locator("#kind").selectOption("ELECTRICITY");
		page.locator("#remover").selectOption("NATIONAL_AGENCY");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, named("Spara")).click();
		assertThat(page.locator("main")).containsText("Nätkapacitet saknas i byarna");
		screenshot("initiative-detail");
		assertAccessible();

		open("/initiatives/new");
		page.getByRole(AriaRole.BUTTON, named("Spara")).click();
		assertThat(page.locator(".error-summary")).containsText("Ange en titel.");
		assertThat(page.locator("#title")).hasAttribute("aria-invalid", "true");
		assertAccessible();
	}

	@Test
	void filtersTheListAndShowsTheSameSelectionOnTheMap() {
		open("/initiatives");
		assertAccessible();
		page.locator("#municipality").selectOption(new SelectOption().setLabel("Borlänge kommun"));
		page.locator("#theme").selectOption("HOUSING");
		page.getByRole(AriaRole.BUTTON, named("Visa")).click();
		assertThat(page.locator("table tbody tr")).not().hasCount(0);
		for (Locator row : page.locator("table tbody tr").all()) {
			assertThat(row).containsText("Borlänge kommun");
			assertThat(row).containsText("Bostäder");
		}
		screenshot("initiatives-filtered");
		assertAccessible();

		page.locator(".view-links").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Karta")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/initiatives/map\\?.*municipality=.*theme=HOUSING.*"));
		assertThat(page.locator("#municipality")).hasValue(String.valueOf(organisations.findByScbCode("2081").orElseThrow().id()));

		open("/initiatives/map");
		page.waitForSelector("#initiatives-map .leaflet-interactive");
		int all = page.locator("#initiatives-map .leaflet-interactive").count();
		page.locator("#theme").selectOption("SERVICE");
		page.getByRole(AriaRole.BUTTON, named("Visa")).click();
		page.waitForSelector("#initiatives-map .leaflet-interactive");
		int service = page.locator("#initiatives-map .leaflet-interactive").count();
		assertThat(service).isPositive().isLessThan(all);
		screenshot("initiatives-map");
		assertAccessible();
	}

	@Test
	void coverageMatrixDrillsDownToTheInitiatives() {
		open("/coverage");
		assertThat(page.locator("table.coverage")).isVisible();
		screenshot("coverage");
		assertAccessible();
		Locator cell = page.locator("table.coverage tbody td.cell a").first();
		String count = cell.textContent().trim();
		cell.click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/initiatives\\?goal=\\d+.*municipality=\\d+.*"));
		assertThat(page.locator("table tbody tr")).hasCount(Integer.parseInt(count));
		assertAccessible();
	}

	@Test
	void establishmentEstimateFollowsItsAssumptions() {
		open("/establishments");
		assertAccessible();
		page.getByRole(AriaRole.LINK, named("Batterifabrik (exempel)")).click();
		Locator firstRow = page.locator("#impact tbody tr").first();
		String before = firstRow.textContent();
		page.getByLabel("Personer per inflyttande hushåll").fill("4");
		page.getByRole(AriaRole.BUTTON, named("Räkna om")).click();
		assertThat(page.locator("#impact .flash-success")).isVisible();
		assertThat(page.locator("#impact tbody tr").first()).not().hasText(before);
		screenshot("establishment");
		assertAccessible();
	}

	@Test
	void otherPagesAreAccessible() {
		long borlange = organisations.findByScbCode("2081").orElseThrow().id();
		for (String path : new String[] { "/initiatives/statistics", "/obstacles", "/municipalities/" + borlange }) {
			open(path);
			assertThat(page.locator("h1")).isVisible();
			assertAccessible();
		}
		screenshot("municipality");
		open("/initiatives/statistics");
		screenshot("statistics");
		open("/initiatives?q=Sälen");
		page.getByRole(AriaRole.LINK, named("Bostäder för säsongsanställda i Sälen")).click();
		page.waitForSelector(".map .leaflet-interactive");
		assertAccessible();
		signInAsAdmin();
		for (String path : new String[] { "/initiatives/import", "/establishments/new", "/initiatives?practiceCase=true" }) {
			open(path);
			assertAccessible();
		}
		open("/initiatives?q=Sälen");
		page.getByRole(AriaRole.LINK, named("Bostäder för säsongsanställda i Sälen")).click();
		page.getByRole(AriaRole.LINK, named("Redigera")).click();
		page.waitForSelector("#place-editor .leaflet-interactive");
		screenshot("initiative-form-area");
		assertAccessible();
	}

}
