package se.regionrum.followup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.pdf.PdfChecks;

/**
 * The final report of seed 003 as a PDF, read back with PDFBox: headings and figures of the
 * report, embedded fonts, tags, title and language; and checked against PDF/UA-1 with veraPDF.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportPdfTest extends FollowupTestBase {

	static final Locale SV = Locale.forLanguageTag("sv");

	long seed003;

	@BeforeEach
	void demo() {
		seed003 = demoProgrammeId();
	}

	private byte[] pdf(ReportOptions options) {
		org.springframework.context.i18n.LocaleContextHolder.setLocale(SV);
		try {
			return SystemUser.call(() -> {
				FinalReport report = reports.report(seed003, options);
				return reports.pdf(report, SV);
			});
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void theReportOfSeed003ReadsBackWithItsHeadingsAndFigures() throws Exception {
		byte[] pdf = pdf(ReportOptions.all());
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "slutrapport-seed003.pdf"), pdf);
		// One look at the pages as images (PDFBox's renderer; pdftoppm is not installed everywhere).
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			var renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				javax.imageio.ImageIO.write(renderer.renderImageWithDPI(i, 60), "png",
						Path.of("target", "slutrapport-seed003-" + (i + 1) + ".png").toFile());
			}
		}
		PdfChecks.ReadBack read = PdfChecks.read(pdf);
		assertThat(read.pages()).isBetween(2, 6);
		assertThat(read.flatText()).contains("Processledning Regionala serviceprogrammet 2016–2019", "Syfte",
				"Servicelösningar i samverkan", "Risk och konsekvensanalyser", "Omvärldsbevakning",
				"Lärande och kunskapsöverföring", "Information och kommunikation", "Summa utgifter", "3 443 000 kr",
				"Samarbetsparter", "Coompanion Dalarna", "Resultat", "14 av 15 kommuner har aktuella serviceplaner",
				"Lärdomar", "Att kommunernas aktiva medverkan i RSP är en förutsättning.", "Spridning till andra",
				"Kontaktperson", "@example.org", "Region Dalarna", "1 / " + read.pages());
		assertThat(read.text()).contains("3\u00a0443\u00a0000\u00a0kr");
		assertThat(read.title()).isEqualTo("Slutrapport: Processledning Regionala serviceprogrammet 2016–2019");
		assertThat(read.language()).isEqualTo("sv");
		assertThat(read.allFontsEmbedded()).isTrue();
		assertThat(read.fonts()).allMatch(name -> name.contains("DejaVu"));
		assertThat(read.tagged()).isTrue();

		PdfChecks.ReadBack shortOne = PdfChecks.read(pdf(new ReportOptions(2018, 2018, false, false)));
		assertThat(shortOne.flatText()).contains("Summa utgifter", "930 000 kr").doesNotContain("Studieresa till servicepunkter");
		assertThat(shortOne.pages()).isLessThanOrEqualTo(read.pages());
	}

	@Test
	void theReportMeetsPdfUa1() {
		PdfChecks.PdfUaReport report = PdfChecks.checkPdfUa(pdf(ReportOptions.all()));
		System.out.println("PDF/UA-1 passed rules: " + report.passedRules());
		System.out.println("PDF/UA-1 failed rules: " + report.failedRules() + " " + report.failures());
		assertThat(report.failures()).isEmpty();
		assertThat(report.compliant()).isTrue();
	}

	@Test
	void visitorsDownloadThePdfOfAPublishedProgramme() throws Exception {
		byte[] pdf = mvc.perform(get("/programmes/{id}/report.pdf", seed003)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse().getContentAsByteArray();
		assertThat(PdfChecks.read(pdf).flatText()).contains("3 443 000 kr");
	}

}
