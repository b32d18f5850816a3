package se.regionrum.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.followup.demo.HandbookDemoData;
import se.regionrum.followup.handbook.HandbookService;
import se.regionrum.followup.handbook.HandbookSummary;
import se.regionrum.followup.method.WorkingMethod;
import se.regionrum.followup.method.WorkingMethodForm;
import se.regionrum.followup.method.WorkingMethodService;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.initiatives.TestWorld;
import se.regionrum.initiatives.demo.InitiativesDemoData;
import se.regionrum.initiatives.initiative.Initiative;
import se.regionrum.initiatives.initiative.InitiativeForm;
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.initiatives.initiative.Theme;
import se.regionrum.initiatives.practice.PracticeStoryForm;
import se.regionrum.initiatives.practice.PracticeStoryService;
import se.regionrum.platform.SystemUser;

/** The Dalarna world, and helpers that make methods and practice cases for the handbook tests. */
public abstract class HandbookTestBase {

	/** A string that tries every trick: a script, a javascript: link, an event handler. */
	public static final String HOSTILE = "<script>alert('x')</script> [klicka](javascript:alert(1)) <img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">länk</a>";

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

	@Autowired
	protected PracticeStoryService stories;

	@Autowired
	protected WorkingMethodService methods;

	@Autowired
	protected HandbookService handbooks;

	@Autowired
	protected HandbookDemoData handbookDemo;

	@Autowired
	protected InitiativesDemoData initiativesDemo;

	protected static final String TITLE = "Kommuner som möjliggörare av regional utveckling";

	protected OrganisationRef falun;

	protected OrganisationRef mora;

	@BeforeEach
	void world() {
		TestWorld.ensure(jdbc, organisations, organisationService);
		falun = organisations.findByScbCode("2080").orElseThrow();
		mora = organisations.findByScbCode("2062").orElseThrow();
	}

	protected static String token() {
		return "T" + Long.toString(System.nanoTime(), 36);
	}

	protected WorkingMethod method(String title, long owner) {
		return SystemUser.call(() -> methods.create(new WorkingMethodForm(title, owner, "Sammanfattning av " + title,
				"När kommunerna behöver höras", "1. Bjud in\n2. Samtala\n3. Följ upp", "Processledare", "En halvdag",
				"Skicka frågorna i förväg", List.of(), List.of())));
	}

	protected Initiative practiceCase(String title, long owner, boolean published) {
		InitiativeForm form = InitiativesFixtures.form(title, owner, List.of(owner), published);
		form.setPracticeCase(true);
		form.setThemes(List.of(Theme.SERVICE));
		Initiative initiative = InitiativesFixtures.create(initiatives, form);
		SystemUser.run(() -> stories.save(initiative.id(), new PracticeStoryForm("Butiken hotades", "Byn tog över",
				"Byaföreningen", "Lokal saknades", "Servicepunkt", "Lokala förutsättningar först")));
		return initiative;
	}


	/** The demo handbook with its first edition, loaded if the database has none. */
	protected long demoHandbookId() {
		return handbooks.list().stream().filter(h -> h.title().equals(TITLE) && h.latestEdition() != null)
			.map(HandbookSummary::id).findFirst()
			.orElseGet(() -> {
				TestWorld.ensureDemo(jdbc, organisations, organisationService, initiativesDemo);
				SystemUser.run(handbookDemo::load);
				return handbooks.list().stream().filter(h -> h.title().equals(TITLE) && h.latestEdition() != null)
					.map(HandbookSummary::id).reduce((a, b) -> b).orElseThrow();
			});
	}

	/** No element runs script: no script element of the user's, no on* attribute, no javascript: link or source. */
	public static void assertSafe(String page) {
		org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(page);
		assertThat(document.select("script").stream().filter(s -> s.data().contains("alert")).toList()).isEmpty();
		assertThat(document.select("img[src=x]")).isEmpty();
		for (org.jsoup.nodes.Element element : document.getAllElements()) {
			for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
				assertThat(attribute.getValue().strip().toLowerCase()).as("%s of <%s>", attribute.getKey(), element.tagName())
					.doesNotStartWith("javascript:");
			}
		}
	}

}
