package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.strategy.StrategyFixtures;

/**
 * The strategy module's main flows in a real browser, each page checked with axe-core (WCAG 2.1
 * A/AA): reading the planning-reality matrix, building a strategy's goal structure, registering a
 * plan, answering and commenting on a consultation, classifying an issue.
 */
@Import(StrategyFixtures.class)
class StrategyBrowserTest extends BrowserTest {

	@Autowired
	StrategyFixtures data;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void demo() {
		data.dalarnaDemo();
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).list().get(0);
	}

	private void save() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
	}

	@Test
	void visitorReadsThePlanningRealityAndTheStrategy() {
		open("/plans/matrix?county=20&asOf=2026-11-24");
		assertThat(page.locator("h1")).hasText("Planeringsverkligheten");
		assertThat(page.locator(".type-counts")).containsText("14 av 15 kommuner har aktuella serviceplaner");
		Locator smedjebacken = page.locator("table.matrix tbody tr", new Page.LocatorOptions().setHasText("Smedjebackens kommun"));
		assertThat(smedjebacken.locator("td").nth(3)).containsText("Inaktuell");
		screenshot("strategy-plan-matrix");
		assertAccessible();

		open("/plans?status=OUTDATED");
		assertAccessible();
		open("/plan-types");
		assertAccessible();

		open("/strategies");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dalastrategin 2030 (exempel)")).click();
		assertThat(page.locator("h1")).hasText("Dalastrategin 2030 (exempel)");
		assertThat(page.locator(".goal-tree").first()).containsText("Hållbar samhällsplanering, attraktivitet och tillgänglighet");
		screenshot("strategy-detail");
		assertAccessible();
		page.locator(".goal-title", new Page.LocatorOptions().setHasText("3.1 Kommersiell")).click();
		assertThat(page.locator("h1")).containsText("3.1 Kommersiell och offentlig service");
		assertAccessible();

		open("/issues/classification");
		assertThat(page.locator(".class-regional_territorial")).containsText("Tillgång till dagligvaror");
		assertAccessible();
		open("/issues");
		assertAccessible();
	}

	@Test
	void visitorCommentsInTheOpenMailboxAndReadsTheConsensus() {
		long consultation = id("select id from consultation where title like 'Remiss – revidering%'");
		open("/consultations");
		assertAccessible();
		open("/consultations/" + consultation);
		assertThat(page.locator("h1")).containsText("Remiss – revidering av Dalastrategin 2030");
		page.locator("#goalId").selectOption(new SelectOption().setLabel(
				"3.2 Hållbara resor och transporter binder samman länet"));
		page.locator("#body").fill("Bussarna till Idre behövs året runt.");
		page.locator("#authorName").fill("Robin Exempel");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka synpunkt")).click();
		assertThat(page.locator(".flash-success")).hasText("Tack! Din synpunkt har kommit in.");
		assertThat(page.locator("#mailbox ~ p").last()).containsText("3 synpunkter");
		assertAccessible();

		// an empty comment is refused with an accessible error summary
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka synpunkt")).click();
		assertThat(page.locator(".error-summary")).containsText("Skriv din synpunkt.");
		assertThat(page.locator("#body")).hasAttribute("aria-invalid", "true");
		assertAccessible();

		open("/consultations/" + consultation + "/consensus");
		assertThat(page.locator("table.consensus")).containsText("Oenighet");
		assertThat(page.locator(".agreement-overview")).containsText("Omstritt");
		screenshot("strategy-consensus");
		assertAccessible();
		open("/consultations/" + consultation + "/changes");
		assertThat(page.locator(".changes-table")).containsText("även inlandet");
		screenshot("strategy-changes");
		assertAccessible();
		long responder = id("select min(organisation_id) from consultation_response r join consultation c on c.id = "
				+ "r.consultation_id where c.title like 'Remiss – revidering%'");
		open("/consultations/" + consultation + "/responses/" + responder);
		assertAccessible();
	}

	@Test
	void administratorBuildsAStrategyWithGoalsAndRetiresOne() {
		signInAsAdmin();
		open("/strategies/new");
		assertAccessible();
		String name = "Webbläsartestets strategi " + System.nanoTime();
		page.locator("#name").fill(name);
		page.locator("#kind").selectOption("MUNICIPAL");
		page.locator("#ownerOrganisationId").selectOption(new SelectOption().setLabel("Mora kommun"));
		page.locator("#periodStart").fill("2026");
		page.locator("#periodEnd").fill("2035");
		save();
		assertThat(page.locator("h1")).hasText(name);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lägg till målområde")).click();
		assertAccessible();
		page.locator("#title").fill("Levande byar");
		save();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lägg till mål under 1 Levande byar")).click();
		page.locator("#title").fill("Service nära");
		page.getByLabel("Mora kommun", new Page.GetByLabelOptions().setExact(true)).check();
		save();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lägg till mål under 1 Levande byar")).click();
		page.locator("#title").fill("Bostäder för unga");
		save();
		assertThat(page.locator(".goal-tree .goal-tree > li")).hasCount(2);
		assertThat(page.locator(".goal-tree .goal-tree > li").first()).containsText("1.1 Service nära");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Flytta upp 1.2 Bostäder för unga")).click();
		assertThat(page.locator(".goal-tree .goal-tree > li").first()).containsText("1.2 Bostäder för unga");
		screenshot("strategy-goals-edit");
		assertAccessible();

		page.locator(".goal-title", new Page.LocatorOptions().setHasText("1.1 Service nära")).click();
		assertAccessible();
		page.onDialog(dialog -> dialog.accept());
		page.locator("#retire-note").fill("Ingår i 1.2");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avveckla målet")).click();
		assertThat(page.locator(".flash-success")).hasText("Målet är avvecklat.");
		assertThat(page.locator(".notice")).containsText("Målet utgick");
		page.locator(".breadcrumb a").first().click();
		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.locator(".goal-retired")).containsText("Service nära");
		assertThat(page.locator(".goal-retired")).containsText("Mora kommun");
	}

	@Test
	void administratorRegistersAPlanAndAnswersTheConsultationForAnInvitedMunicipality() {
		signInAsAdmin();
		open("/plans/new");
		assertAccessible();
		page.locator("#organisationId").selectOption(new SelectOption().setLabel("Smedjebackens kommun"));
		page.locator("#planTypeId").selectOption(new SelectOption().setLabel("Energiplan"));
		page.locator("#title").fill("Energiplan för Smedjebackens kommun (webbläsartest)");
		page.locator("#adoptedOn").fill("2026-10-01");
		save();
		assertThat(page.locator("h1")).hasText("Energiplan för Smedjebackens kommun (webbläsartest)");
		assertThat(page.locator(".facts")).containsText("Aktuell");
		assertAccessible();
		open("/plans/import");
		assertAccessible();
		open("/plan-types/new");
		assertAccessible();

		long consultation = id("select id from consultation where title like 'Remiss – revidering%'");
		long ludvika = id("select id from organisation where scb_code = '2085'");
		open("/consultations/" + consultation);
		screenshot("strategy-consultation-signed-in");
		assertAccessible();
		open("/consultations/" + consultation + "/responses/" + ludvika + "/edit");
		assertThat(page.locator("h1")).hasText("Remissvar från Ludvika kommun");
		screenshot("strategy-response-form");
		assertAccessible();
		page.locator("#summary").fill("Ludvika stöder inriktningen.");
		page.locator("fieldset.stance-entry", new Page.LocatorOptions().setHasText("3.5 Energiförsörjning"))
			.getByLabel("Stöder med ändringar").check();
		page.locator("fieldset.stance-entry", new Page.LocatorOptions().setHasText("3.5 Energiförsörjning"))
			.getByLabel("Motivering eller förslag till ändring").fill("Elnätet först.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka remissvar")).click();
		assertThat(page.locator("h1")).hasText("Remissvar från Ludvika kommun");
		assertThat(page.locator("table")).containsText("Elnätet först.");
		assertAccessible();
	}

	@Test
	void administratorClassifiesAnIssue() {
		signInAsAdmin();
		open("/issues/new");
		screenshot("strategy-issue-form");
		assertAccessible();
		String title = "Laddinfrastruktur längs stråken " + System.nanoTime();
		page.locator("#title").fill(title);
		page.locator("#ownerOrganisationId").selectOption(new SelectOption().setLabel("Region Dalarna"));
		page.locator("fieldset.radio-group", new Page.LocatorOptions().setHasText("platsbunden")).getByLabel("Ja").check();
		page.locator("fieldset.radio-group", new Page.LocatorOptions().setHasText("regional nivå")).getByLabel("Delvis").check();
		page.locator("#regionRole").selectOption("COORDINATION");
		page.locator("#goalIds").selectOption(new SelectOption().setLabel(
				"3.2 Hållbara resor och transporter binder samman länet"));
		page.getByLabel("Borlänge kommun", new Page.GetByLabelOptions().setExact(true)).check();
		save();
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator(".facts")).containsText("Platsbundna frågor på regional nivå");
		assertAccessible();
		open("/issues/classification");
		assertThat(page.locator(".class-regional_territorial")).containsText(title);
		screenshot("strategy-issue-classification");
	}

}
