package se.regionrum.followup.handbook;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** {@code #handbookText.html(markdown)} in templates: see {@link HandbookText}. */
@Component
class HandbookTemplateHelpers extends AbstractDialect implements IExpressionObjectDialect {

	private final HandbookText text;

	HandbookTemplateHelpers(HandbookText text) {
		super("handbook");
		this.text = text;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("handbookText");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return text;
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}
