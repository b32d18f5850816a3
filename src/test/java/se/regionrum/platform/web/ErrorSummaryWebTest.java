package se.regionrum.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.initiatives.establishment.Establishment;
import se.regionrum.initiatives.establishment.EstablishmentForm;
import se.regionrum.initiatives.establishment.EstablishmentService;
import se.regionrum.initiatives.initiative.Initiative;
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * The error summary of every kind of form: each link leads to an element that exists, the links
 * come in the order of the fields on the page, and two identical submissions give the same summary.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorSummaryWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationService organisationService;

	@Autowired
	InitiativeService initiatives;

	@Autowired
	MeetingService meetings;

	@Autowired
	EstablishmentService establishments;

	long strategy;

	OrganisationRef falun;

	@BeforeEach
	void world() {
		strategy = InitiativesFixtures.ensure(jdbc, organisations, organisationService);
		falun = organisations.findByScbCode("2080").orElseThrow();
	}

	/** A form page, the form on it, and what the test types before sending it. */
	record Case(String page, Authentication user, String form, Consumer<FormPage> fill) {
	}

	@Test
	void everySummaryLinkLeadsToItsFieldInTheFormsOrderEveryTime() throws Exception {
		String token = Long.toString(System.nanoTime(), 36);
		Initiative initiative = InitiativesFixtures.create(initiatives, "Felsummering " + token, falun.id(),
				List.of(falun.id()), true);
		Meeting meeting = DialogueFixtures.create(meetings,
				DialogueFixtures.form("Felsummering " + token, LocalDate.now().plusDays(20), 30, null));
		Establishment establishment = establishment(token);
		Authentication admin = TestAuthentication.admin();
		List<Case> cases = List.of(
				new Case("/organisations/new", admin, "form.form", f -> f.set("population", "många")
					.set("townLatitude", "sextio").set("townLongitude", "15,6").set("email", "inte-en-adress")
					.set("scbCode", "12a")),
				new Case("/people/new", admin, "form.form", f -> f.set("email", "inte-en-adress")),
				new Case("/working-groups/new", admin, "form.form", f -> {
				}),
				new Case("/initiatives/new", admin, "form.form", f -> f.set("startYear", "snart").set("endYear", "x")
					.set("placeKind", "POINT").set("latitude", "x")),
				new Case("/initiatives/" + initiative.id() + "/obstacles/new", admin, "form.form", f -> {
				}),
				new Case("/initiatives/" + initiative.id() + "/funding/new", admin, "form.form",
						f -> f.set("fundingYear", "i år").set("amountApplied", "12,5").set("amountSpent", "x")),
				new Case("/establishments/new", admin, "form.form", f -> f.set("directJobs", "tusen")
					.set("powerDemandMw", "x").set("indirectJobMultiplier", "0,9x").set("rampUpYears", "1,5")
					.set("shares[" + falun.id() + "]", "hälften")),
				new Case("/establishments/" + establishment.id(), null, "form.assumptions",
						f -> f.set("indirectJobMultiplier", "0,9x").set("householdSize", "")
							.set("shares[" + falun.id() + "]", "hälften")),
				new Case("/meetings/new", admin, "form.form", f -> f.set("capacity", "trettio")
					.set("perOrganisationLimit", "x")),
				new Case("/series/new", admin, "form.form", f -> f.set("capacity", "trettio")),
				new Case("/meetings/" + meeting.id(), null, "form[action$=/register]",
						f -> f.set("email", "inte-en-adress").set("consent")),
				new Case("/strategies/new", admin, "form.form", f -> f.set("periodStart", "x").set("periodEnd", "y")),
				new Case("/strategies/" + strategy + "/goals/new", admin, "form.form", f -> {
				}),
				new Case("/plans/new", admin, "form.form", f -> {
				}),
				new Case("/plan-types/new", admin, "form.form", f -> f.set("validityYears", "x").set("position", "y")),
				new Case("/consultations/new", admin, "form.form", f -> {
				}),
				new Case("/issues/new", admin, "form.form", f -> {
				}),
				new Case("/admin/users/new", admin, "form.form", f -> f.set("email", "inte-en-adress")),
				new Case("/accessibility", null, "form.form", f -> {
				}));
		List<String> problems = new ArrayList<>();
		for (Case c : cases) {
			String page = html(withUser(get(c.page()), c.user()));
			FormPage form = FormPage.of(page, c.form()).clearTexts().spoilNumbersAndEmails();
			c.fill().accept(form);
			List<Map.Entry<String, String>> first = check(c, html(withUser(form.request(), c.user())), problems);
			List<Map.Entry<String, String>> second = check(c, html(withUser(form.request(), c.user())), problems);
			if (!first.equals(second)) {
				problems.add(c.page() + " " + c.form() + ": the summary changed between two identical submissions:\n  "
						+ first + "\n  " + second);
			}
		}
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	/** The summary's links and messages, with what is wrong with them added to problems. */
	private List<Map.Entry<String, String>> check(Case c, String html, List<String> problems) {
		Document doc = FormPage.parse(html);
		String where = c.page() + " " + c.form();
		Element summary = doc.selectFirst(".error-summary");
		if (summary == null) {
			problems.add(where + ": no error summary");
			return List.of();
		}
		List<Element> all = doc.getAllElements();
		List<Map.Entry<String, String>> lines = new ArrayList<>();
		int previous = -1;
		for (Element link : summary.select("a[href]")) {
			String href = link.attr("href");
			lines.add(Map.entry(href, link.text()));
			Element target = href.startsWith("#") ? doc.getElementById(href.substring(1)) : null;
			if (target == null) {
				problems.add(where + ": the link " + href + " (" + link.text() + ") leads to no element");
				continue;
			}
			int position = all.indexOf(target);
			if (position < previous) {
				problems.add(where + ": " + href + " comes after a field that follows it on the page");
			}
			previous = Math.max(previous, position);
		}
		if (lines.isEmpty() && summary.select("li").isEmpty()) {
			problems.add(where + ": an empty error summary");
		}
		return lines;
	}

	private Establishment establishment(String token) {
		EstablishmentForm form = EstablishmentForm.empty();
		form.setCompany("Felsummering " + token);
		form.setMunicipalityId(falun.id());
		form.setDirectJobs(100);
		form.setOperationStartsOn(LocalDate.of(2030, 1, 1));
		form.setShares(Map.of(falun.id(), 1.0));
		form.setPublished(true);
		return SystemUser.call(() -> establishments.create(form));
	}

	private static MockHttpServletRequestBuilder withUser(MockHttpServletRequestBuilder request, Authentication user) {
		return user == null ? request : request.with(authentication(user));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
