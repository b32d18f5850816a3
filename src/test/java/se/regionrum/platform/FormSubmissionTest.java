package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class FormSubmissionTest {

	private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

	@Test
	void savedAndDeletedSayItOnTheNextPage() {
		assertThat(FormSubmission.saved(redirect, "/plans/7")).isEqualTo("redirect:/plans/7");
		assertThat(flash(redirect)).containsEntry("message", "platform.saved");
		assertThat(FormSubmission.deleted(redirect, "/plans")).isEqualTo("redirect:/plans");
		assertThat(flash(redirect)).containsEntry("message", "platform.deleted");
	}

	@Test
	void aDeleteGoesToTheListUnlessRefused() {
		assertThat(FormSubmission.delete(redirect, () -> { }, "/strategies", "/strategies/3"))
			.isEqualTo("redirect:/strategies");
		assertThat(flash(redirect)).containsEntry("message", "platform.deleted").doesNotContainKey("failure");

		RedirectAttributesModelMap refused = new RedirectAttributesModelMap();
		assertThat(FormSubmission.delete(refused, () -> {
			throw new InvalidInputException("id", "strategy.strategy.inUse");
		}, "/strategies", "/strategies/3")).isEqualTo("redirect:/strategies/3");
		assertThat(flash(refused)).containsEntry("failure", "strategy.strategy.inUse").doesNotContainKey("message");
	}

	@Test
	void anActionReturnsToItsPageEitherWay() {
		assertThat(FormSubmission.act(redirect, () -> { }, "strategy.goal.reinstated", "/goals/1"))
			.isEqualTo("redirect:/goals/1");
		assertThat(flash(redirect)).containsEntry("message", "strategy.goal.reinstated");

		RedirectAttributesModelMap refused = new RedirectAttributesModelMap();
		assertThat(FormSubmission.act(refused, () -> {
			throw new InvalidInputException("note", "strategy.goal.retired.noteRequired");
		}, "strategy.goal.retired.done", "/goals/1")).isEqualTo("redirect:/goals/1");
		assertThat(flash(refused)).containsEntry("failure", "strategy.goal.retired.noteRequired")
			.doesNotContainKey("message");
	}

	@Test
	void anImportSaysHowManyRowsCameIn() throws Exception {
		CsvImportPage page = new CsvImportPage("strategy/plans/import", "/plans", "strategy.plan.import.done");
		ExtendedModelMap model = new ExtendedModelMap();
		MockMultipartFile file = new MockMultipartFile("file", "plans.csv", "text/csv", "a;b\n1;2\n".getBytes());
		assertThat(page.submit(file, content -> 4, model, redirect)).isEqualTo("redirect:/plans");
		assertThat(flash(redirect)).containsEntry("message", "strategy.plan.import.done")
			.containsEntry("messageArgs", List.of(4));
		assertThat(model).doesNotContainKey("problems");
	}

	@Test
	void aRejectedImportShowsItsProblemsOnTheSamePage() throws Exception {
		CsvImportPage page = new CsvImportPage("strategy/plans/import", "/plans", "strategy.plan.import.done");
		ExtendedModelMap model = new ExtendedModelMap();
		MockMultipartFile file = new MockMultipartFile("file", "plans.csv", "text/csv", new byte[0]);
		List<ImportProblem> problems = List.of(new ImportProblem(2, "name", "validation.required"));
		assertThat(page.submit(file, content -> {
			throw new ImportRejectedException(problems);
		}, model, redirect)).isEqualTo("strategy/plans/import");
		assertThat(model.get("problems")).isEqualTo(problems);
		assertThat(flash(redirect)).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> flash(RedirectAttributesModelMap redirect) {
		return (Map<String, Object>) redirect.getFlashAttributes();
	}

}
