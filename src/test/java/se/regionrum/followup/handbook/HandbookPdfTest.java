package se.regionrum.followup.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.pdf.PdfChecks;

/**
 * The PDF of a published edition, read back: title page, contents whose page numbers point at the
 * chapters, running headers with the chapter's title, the index of practice cases, embedded fonts,
 * the PDF/UA check; and hostile text that never becomes script or a javascript: link.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HandbookPdfTest extends FollowupTestBase {

	@Autowired
	HandbookPdf handbookPdf;

	@Test
	void theDemoEditionHasContentsWithPageNumbersRunningHeadersAndAnIndex() throws Exception {
		long id = demoHandbookId();
		HandbookEdition edition = handbooks.edition(id, 1);
		EditionContent content = handbooks.content(edition);
		byte[] pdf = mvc.perform(get("/handbooks/{id}/editions/1/handbook.pdf", id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		Files.write(Path.of("target/handbook-demo.pdf"), pdf);

		PdfChecks.ReadBack read = PdfChecks.read(pdf);
		assertThat(read.pages()).isGreaterThan(content.chapters().size() + 2);
		assertThat(read.title()).isEqualTo(TITLE);
		assertThat(read.language()).isEqualTo("sv");
		assertThat(read.allFontsEmbedded()).isTrue();
		assertThat(read.tagged()).isTrue();
		List<String> pages = read.pageTexts().stream().map(t -> t.replace('\u00a0', ' ').replaceAll("\\s+", " ")).toList();
		assertThat(pages.get(0)).contains(TITLE).contains("Utgåva 1");
		assertThat(pages.get(1)).contains("Innehåll");
		renderPages(pdf, "target/handbook-demo");

		// every contents line names the page where its chapter starts, with the chapter's running header
		String toc = pages.get(1);
		for (EditionContent.Chapter chapter : content.chapters()) {
			String heading = chapter.number() + ". " + chapter.title();
			Matcher line = Pattern.compile(Pattern.quote(heading) + "[ .]*?(\\d+)").matcher(toc);
			assertThat(line.find()).as("contents line for %s in%n%s", heading, toc).isTrue();
			int page = Integer.parseInt(line.group(1));
			int actual = firstPageFrom(pages, heading, 3);
			assertThat(page).as("page of %s", heading).isEqualTo(actual);
			String pageText = pages.get(page - 1);
			assertThat(pageText.indexOf(heading)).as("running header and heading on page %d", page)
				.isNotEqualTo(pageText.lastIndexOf(heading));
		}
		int indexPage = firstPageFrom(pages, "Register över praktikfall", 3);
		String index = pages.get(indexPage - 1);
		assertThat(index).contains("Efter kommun", "Gagnefs kommun", "Borlänge kommun", "Ludvika kommun", "Efter tema",
				"Kommersiell service", "Servicepunkt i Björbo");
		assertThat(read.flatText()).contains("lokala förutsättningarna i en bygd", "Tillståndsprocesser");

		long start = System.nanoTime();
		int runs = 5;
		for (int i = 0; i < runs; i++) {
			handbookPdf.render(edition);
		}
		long millis = (System.nanoTime() - start) / 1_000_000 / runs;
		System.out.println("Handbook PDF: " + read.pages() + " pages, " + pdf.length / 1024 + " KiB, " + millis
				+ " ms per rendering (mean of " + runs + ")");
		assertThat(millis).isLessThan(5_000);

		PdfChecks.PdfUaReport report = PdfChecks.checkPdfUa(pdf);
		System.out.println("PDF/UA handbook: compliant=" + report.compliant() + " passed=" + report.passedRules().size()
				+ " failed=" + report.failedRules() + " " + report.failures());
		assertThat(report.passedRules()).hasSizeGreaterThan(10);
		assertThat(report.failedRules()).isEmpty();
	}

	@Test
	void hostileTextNeverBecomesScriptOrAJavascriptLinkInThePdf() throws Exception {
		Handbook handbook = SystemUser.call(() -> {
			Handbook h = handbooks.create(new HandbookForm("Fientlig " + token(), mora.id(), HOSTILE));
			handbooks.addChapter(h.id(), new ChapterForm(ChapterKind.TEXT, null, null, null, "Text " + HOSTILE,
					HOSTILE + "\n\n[En riktig länk](https://example.org/metod)"));
			return h;
		});
		HandbookEdition edition = SystemUser.call(() -> handbooks.publish(handbook.id()));
		String html = handbookPdf.html(edition);
		assertSafe(html.replace("<script>alert('x')</script>", "")
			.replaceAll("<title>[^<]*</title>", ""));
		assertThat(html).doesNotContain("href=\"javascript:");
		byte[] pdf = handbookPdf.render(edition);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentCatalog().getNames() == null
					|| document.getDocumentCatalog().getNames().getJavaScript() == null).isTrue();
			List<String> uris = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link) {
						PDAction action = link.getAction();
						assertThat(action).isNotInstanceOf(PDActionJavaScript.class);
						if (action instanceof PDActionURI uri) {
							uris.add(uri.getURI());
						}
					}
				}
			}
			assertThat(uris).contains("https://example.org/metod").noneMatch(u -> u.toLowerCase().contains("javascript"));
		}
		// a link in the Markdown gets a description, so the PDF still meets PDF/UA
		assertThat(html).contains("title=\"En riktig länk (https://example.org/metod)\"");
		PdfChecks.PdfUaReport report = PdfChecks.checkPdfUa(pdf);
		assertThat(report.failures()).isEmpty();
		assertThat(report.compliant()).isTrue();
	}

	private static int firstPageFrom(List<String> pages, String needle, int from) {
		for (int i = from - 1; i < pages.size(); i++) {
			if (pages.get(i).replace('\u00a0', ' ').contains(needle)) {
				return i + 1;
			}
		}
		throw new AssertionError("not found from page " + from + ": " + needle);
	}

	/** The first pages as PNG images next to the PDF, to look at. */
	static void renderPages(byte[] pdf, String prefix) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
			for (int page = 0; page < Math.min(document.getNumberOfPages(), 6); page++) {
				javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 60), "png",
						Path.of(prefix + "-" + (page + 1) + ".png").toFile());
			}
		}
	}

}
