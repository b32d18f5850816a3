package se.regionrum.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.regionrum.platform.PdfDocuments;

@SpringBootTest
class PdfDocumentsTest {

	@Autowired
	PdfDocuments pdfs;

	@Test
	void aTemplateBecomesATaggedPdfWithSwedishTextAndEmbeddedFonts() {
		byte[] pdf = pdfs.render("test/pdf-sample", Map.of("heading", "Slutrapport för Älvdalen och Åre",
				"text", "Lärdomar: öppenhet <script>alert(1)</script>", "amount", 3_443_000L),
				Locale.forLanguageTag("sv"));

		PdfChecks.ReadBack read = PdfChecks.read(pdf);
		assertThat(read.pages()).isEqualTo(1);
		assertThat(read.flatText()).contains("Slutrapport för Älvdalen och Åre", "3 443 000 kr",
				"Lärdomar: öppenhet <script>alert(1)</script>", "1 / 1");
		assertThat(read.text()).contains("3\u00a0443\u00a0000 kr");
		assertThat(read.title()).isEqualTo("Slutrapport för Älvdalen och Åre");
		assertThat(read.language()).isEqualTo("sv");
		assertThat(read.fonts()).allMatch(name -> name.contains("DejaVu"));
		assertThat(read.allFontsEmbedded()).isTrue();
		assertThat(read.tagged()).isTrue();
	}

	@Test
	void theSampleMeetsPdfUa1() {
		byte[] pdf = pdfs.render("test/pdf-sample", Map.of("heading", "Slutrapport", "text", "Text", "amount", 1L),
				Locale.forLanguageTag("sv"));

		PdfChecks.PdfUaReport report = PdfChecks.checkPdfUa(pdf);
		assertThat(report.failures()).isEmpty();
		assertThat(report.compliant()).isTrue();
		assertThat(report.passedRules()).hasSizeGreaterThan(10);
	}

}
