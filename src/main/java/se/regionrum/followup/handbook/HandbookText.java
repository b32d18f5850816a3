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

	/**
	 * The same for a PDF: every link also gets a {@code title} (its text and address), which the
	 * PDF renderer uses as the link's description (a PDF/UA requirement).
	 */
	public String pdfHtml(String markdown) {
		String html = html(markdown);
		if (!html.contains("<a ")) {
			return html;
		}
		org.jsoup.nodes.Document document = org.jsoup.Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		for (org.jsoup.nodes.Element link : document.select("a[href]")) {
			if (!link.hasAttr("title")) {
				link.attr("title", link.text().isBlank() ? link.attr("href") : link.text() + " (" + link.attr("href") + ")");
			}
		}
		// already sanitised; jsoup only adds an attribute, whose value it escapes
		return document.body().html();
	}

}
