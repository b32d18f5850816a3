package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

	@Test
	void markdownBecomesHtml() {
		String html = RichText.toHtml("## Steg\n\n1. Bjud in **alla** kommuner\n2. Dokumentera\n\n[Läs mer](https://example.org/a)");
		assertThat(html).contains("<h3>Steg</h3>", "<ol>", "<strong>alla</strong>",
				"href=\"https://example.org/a\"");
		// the sanitiser keeps rel values in a set, so their order differs between runs
		assertThat(html).containsPattern("rel=\"(noopener noreferrer|noreferrer noopener)\"");
	}

	@Test
	void scriptsHandlersAndJavascriptLinksNeverSurvive() {
		String hostile = """
				<script>alert(1)</script><img src=x onerror=alert(2)>
				[klicka](javascript:alert(3)) <a href="javascript:alert(4)">x</a> <a href="JaVaScRiPt:alert(5)">y</a>
				<iframe src="https://evil.example"></iframe><p onclick="alert(6)" style="color:red">text</p>
				<svg onload=alert(7)></svg> <a href="data:text/html;base64,PHNjcmlwdD4=">data</a>
				""";
		String html = RichText.toHtml(hostile).toLowerCase();
		assertThat(html).doesNotContain("<script", "onerror", "javascript:", "<iframe", "onclick", "onload",
				"<svg", "<img", "style=", "href=\"data:");
		assertThat(html).contains("text");
	}

	@Test
	void blankIsEmptyAndPlainTextDropsMarkup() {
		assertThat(RichText.toHtml(null)).isEmpty();
		assertThat(RichText.toHtml("  ")).isEmpty();
		assertThat(RichText.toPlainText("**Dalalab** & <b>Hur gör vi?</b>")).isEqualTo("Dalalab & Hur gör vi?");
	}

}
