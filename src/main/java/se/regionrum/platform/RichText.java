package se.regionrum.platform;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Rich text that users write (method descriptions, practice stories, forewords): Markdown in,
 * safe HTML out. The Markdown is stored as written; what a page or a PDF shows is the HTML after
 * an allow-list sanitiser, so a {@code <script>}, an event handler or a {@code javascript:} link
 * never reaches a reader, whatever was typed. Raw HTML in the Markdown is kept only as far as
 * the allow-list permits.
 */
public final class RichText {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.sanitizeUrls(true)
		.build();

	/** Headings start at h3: the page or document around the text owns h1 and h2. */
	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "code", "pre",
				"h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "hr")
		.allowElements((name, attributes) -> "h3", "h1", "h2")
		.allowAttributes("scope").matching(Pattern.compile("col|row")).onElements("th")
		.allowElements("a")
		.allowUrlProtocols("https", "http", "mailto")
		.allowAttributes("href").onElements("a")
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	private static final Pattern TAGS = Pattern.compile("<[^>]*>");

	private RichText() {
	}

	/** Markdown to sanitised HTML; empty for null or blank. */
	public static String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

	/** Cuts any HTML down to the allow-list. */
	public static String sanitize(String html) {
		return html == null ? "" : POLICY.sanitize(html);
	}

	/** The text without markup, e.g. for a summary in a list or a CSV export. */
	public static String toPlainText(String markdown) {
		String html = toHtml(markdown);
		return org.jsoup.parser.Parser.unescapeEntities(TAGS.matcher(html).replaceAll(" "), false)
			.replaceAll("\\s+", " ")
			.strip();
	}

}
