package se.regionrum.indicators.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import se.regionrum.indicators.GoalIndicator;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.indicators.IndicatorsTestBase;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.TestAuthentication;

/** Creating and changing indicators: the rules with their Swedish messages, permissions and the audit log. */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorServiceTest extends IndicatorsTestBase {

	@Autowired
	IndicatorService service;

	@Autowired
	AuditLog audit;

	@Autowired
	MessageSource messages;

	@Autowired
	Validator validator;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private void actAs(org.springframework.security.core.Authentication who) {
		SecurityContextHolder.getContext().setAuthentication(who);
	}

	private String swedish(String key) {
		return messages.getMessage(key, null, Locale.forLanguageTag("sv"));
	}

	@Test
	void theRegionsEditorCreatesChangesAndDeletesAnIndicatorWithTargets() {
		actAs(TestAuthentication.editorOf(region.id()));
		String code = token();
		long goal = goalId("1.1");
		var saved = service.create(form(code, List.of(new GoalLinkForm(goal, 82.5, 2030), new GoalLinkForm())));
		assertThat(indicators.linksOfIndicator(saved.id())).singleElement()
			.satisfies(l -> {
				assertThat(l.goalId()).isEqualTo(goal);
				assertThat(l.targetValue()).isEqualTo(82.5);
				assertThat(l.targetYear()).isEqualTo(2030);
			});

		IndicatorForm change = form(code, List.of(new GoalLinkForm(goalId("2.1"), null, null)));
		change.setName("Nytt namn");
		service.update(saved.id(), change);
		assertThat(indicators.find(saved.id())).get().extracting(IndicatorRef::name).isEqualTo("Nytt namn");
		assertThat(indicators.linksOfIndicator(saved.id())).extracting(GoalIndicator::goalId).containsExactly(goalId("2.1"));
		assertThat(audit.entriesAbout("indicator", saved.id())).hasSize(2);

		service.delete(saved.id());
		assertThat(indicators.find(saved.id())).isEmpty();
		assertThat(indicators.linksOfIndicator(saved.id())).isEmpty();
		assertThat(audit.entriesAbout("indicator", saved.id())).hasSize(3);
	}

	@Test
	void aMunicipalEditorAReaderAndAnonymousVisitorsMayNotChangeIndicators() {
		actAs(TestAuthentication.editorOf(falun.id()));
		assertThat(service.canChange()).isFalse();
		assertThatThrownBy(() -> service.create(form(token(), List.of()))).isInstanceOf(AccessDeniedException.class);
		actAs(TestAuthentication.reader());
		assertThatThrownBy(() -> service.create(form(token(), List.of()))).isInstanceOf(AccessDeniedException.class);
		SecurityContextHolder.clearContext();
		assertThatThrownBy(() -> service.delete(indicatorId("N00914"))).isInstanceOf(AccessDeniedException.class);
		actAs(TestAuthentication.admin());
		assertThat(service.canChange()).isTrue();
	}

	@Test
	void namesTheFieldOfEveryBrokenRuleInSwedish() {
		actAs(TestAuthentication.admin());
		IndicatorForm taken = form("n00914", List.of());
		assertThat(service.problems(null, taken)).extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("code", "indicators.indicator.code.taken"));
		assertThat(swedish("indicators.indicator.code.taken")).isEqualTo("Det finns redan ett nyckeltal med den koden.");
		// the indicator's own code is not taken by itself
		long own = indicatorId("N00914");
		IndicatorForm same = form("N00914", List.of());
		assertThat(service.problems(own, same)).isEmpty();

		IndicatorForm links = form(token(), List.of(new GoalLinkForm(goalId("1.1"), 80.0, 1850),
				new GoalLinkForm(999_999_999L, null, null), new GoalLinkForm(goalId("1.1"), null, null),
				new GoalLinkForm(null, 12.0, 2030), new GoalLinkForm(goalId("2.1"), null, 2030)));
		assertThat(service.problems(null, links)).extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("goals[0].targetYear", "indicators.indicator.targetYear.range"),
					org.assertj.core.groups.Tuple.tuple("goals[1].goalId", "indicators.indicator.goal.unknown"),
					org.assertj.core.groups.Tuple.tuple("goals[2].goalId", "indicators.indicator.goal.twice"),
					org.assertj.core.groups.Tuple.tuple("goals[3].goalId", "indicators.indicator.goal.required"),
					org.assertj.core.groups.Tuple.tuple("goals[4].targetValue", "indicators.indicator.targetValue.required"));
		assertThat(swedish("indicators.indicator.targetYear.range")).isEqualTo("Ange ett målår mellan 1990 och 2100.");
		assertThat(swedish("indicators.indicator.goal.unknown")).isEqualTo("Målet finns inte.");
		assertThatThrownBy(() -> service.create(links)).isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("goals[0].targetYear");

		IndicatorForm kolada = form(token(), List.of());
		kolada.setSource(IndicatorSource.KOLADA);
		assertThat(service.problems(null, kolada)).extracting(InvalidInputException::field).containsExactly("sourceId");
		IndicatorForm badCode = form("kod med mellanslag", List.of());
		assertThat(service.problems(null, badCode)).extracting(InvalidInputException::field).containsExactly("code");

		IndicatorForm noUnit = form(token(), List.of());
		noUnit.setUnit(" ");
		noUnit.setName("");
		assertThat(validator.validate(noUnit)).extracting(v -> v.getPropertyPath().toString()).containsExactlyInAnyOrder("unit",
				"name");
		assertThat(swedish("indicators.indicator.unit.required")).isEqualTo("Ange en enhet.");
	}

}
