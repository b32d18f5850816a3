package se.regionrum.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Which browser tests run in which pass. The browser tests check what the browser does with the
 * pages (scripts, accessibility, reflow), which does not depend on the database, and they take
 * most of a pass's time; so the H2 pass runs them all and the PostgreSQL pass only those marked
 * {@link OnPostgresToo}, whose flows go through what PostgreSQL coordinates. Every page is still
 * rendered on PostgreSQL by the web tests. {@code REGIONRUM_BROWSER_TESTS=all} runs them all on
 * PostgreSQL too. Decided before the class's Spring context starts, so a skipped class costs nothing.
 */
class BrowserPass implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		boolean postgres = System.getProperty("spring.profiles.active", "").contains("postgres");
		if (!postgres || "all".equals(System.getenv("REGIONRUM_BROWSER_TESTS"))) {
			return ConditionEvaluationResult.enabled("every browser test runs in this pass");
		}
		boolean marked = context.getTestClass()
			.map(type -> AnnotationSupport.isAnnotated(type, OnPostgresToo.class))
			.orElse(true);
		return marked ? ConditionEvaluationResult.enabled("marked @OnPostgresToo")
				: ConditionEvaluationResult.disabled("runs in the H2 pass (REGIONRUM_BROWSER_TESTS=all runs it here too)");
	}

}
