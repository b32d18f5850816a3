package se.regionrum.followup.handbook;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Markdown source of methods, stories and chapters as safe HTML, for pages and PDFs
 * ({@code @handbookText.html(text)} in templates). Nothing the user typed reaches the page as
 * markup unless the sanitiser allows it.
 */
@Component
public class HandbookText {

	/** Paragraphs (blank line) and line breaks, everything else escaped. */
	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		StringBuilder html = new StringBuilder();
		for (String paragraph : markdown.strip().split("\\R\\s*\\R")) {
			html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip(), "UTF-8").replaceAll("\\R", "<br />")).append("</p>");
		}
		return html.toString();
	}

}
