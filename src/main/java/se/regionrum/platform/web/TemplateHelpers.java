package se.regionrum.platform.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * The platform's expression objects for every template: {@code #fmt} (numbers in the page's
 * language, {@link NumberExpressions}) and {@code #formErrors} (the error summary in the form's
 * order, {@link ErrorSummary}). Spring Boot adds dialect beans to the template engine.
 */
@Component
class TemplateHelpers extends AbstractDialect implements IExpressionObjectDialect {

	TemplateHelpers() {
		super("regionrum");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("fmt", "formErrors");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return switch (name) {
					case "fmt" -> new NumberExpressions(context.getLocale());
					case "formErrors" -> new ErrorSummary(context);
					default -> null;
				};
			}

			@Override
			public boolean isCacheable(String name) {
				// the error summary depends on the th:object around it, which changes within a page
				return "fmt".equals(name);
			}

		};
	}

}
