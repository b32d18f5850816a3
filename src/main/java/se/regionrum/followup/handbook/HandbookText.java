package se.regionrum.followup.handbook;

import org.springframework.stereotype.Component;

import se.regionrum.platform.RichText;

/**
 * Markdown source of methods, stories and chapters as safe HTML, for pages and PDFs
 * ({@code #handbookText.html(text)} in templates): the platform's {@link RichText}, which
 * sanitises with an allow-list, so no script, event handler or javascript: link gets through.
 */
@Component
public class HandbookText {

	public String html(String markdown) {
		return markdown == null || markdown.isBlank() ? "" : RichText.toHtml(markdown);
	}

}
