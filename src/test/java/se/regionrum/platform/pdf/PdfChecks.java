package se.regionrum.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Reads a generated PDF back as a reader's software would: its text and pages with PDFBox, and
 * its PDF/UA-1 rules with veraPDF. Shared by every test of a PDF the platform renders.
 */
public final class PdfChecks {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfChecks() {
	}

	/** What PDFBox reads from a PDF. */
	public record ReadBack(int pages, String text, List<String> pageTexts, String title, String language,
			Set<String> fonts, boolean allFontsEmbedded, boolean tagged) {

		/** The text with line breaks and no-break spaces as plain spaces, for contains-checks. */
		public String flatText() {
			return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
		}

		/** The 1-based page on which a text first appears, or -1. */
		public int pageOf(String needle) {
			for (int i = 0; i < pageTexts.size(); i++) {
				if (pageTexts.get(i).replace('\u00a0', ' ').replaceAll("\\s+", " ").contains(needle)) {
					return i + 1;
				}
			}
			return -1;
		}
	}

	/** The outcome of a PDF/UA-1 check: the rules (clause-test) that passed and those that failed. */
	public record PdfUaReport(boolean compliant, Set<String> passedRules, Set<String> failedRules,
			List<String> failures) {
	}

	public static ReadBack read(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			String text = stripper.getText(document);
			List<String> pageTexts = new ArrayList<>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pageTexts.add(stripper.getText(document));
			}
			Set<String> fonts = new TreeSet<>();
			boolean embedded = true;
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					fonts.add(font.getName());
					embedded &= font.isEmbedded();
				}
			}
			var catalog = document.getDocumentCatalog();
			boolean tagged = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked()
					&& catalog.getStructureTreeRoot() != null;
			return new ReadBack(document.getNumberOfPages(), text, pageTexts,
					document.getDocumentInformation().getTitle(), catalog.getLanguage(), fonts, embedded, tagged);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static PdfUaReport checkPdfUa(byte[] pdf) {
		PDFAFlavour flavour = PDFAFlavour.PDFUA_1;
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, true);
			ValidationResult result = validator.validate(parser);
			Set<String> passed = new TreeSet<>();
			Set<String> failed = new TreeSet<>();
			List<String> failures = new ArrayList<>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
				if (assertion.getStatus() == TestAssertion.Status.PASSED) {
					passed.add(rule);
				}
				else {
					failed.add(rule);
					if (failures.size() < 20) {
						failures.add(rule + ": " + assertion.getMessage());
					}
				}
			}
			passed.removeAll(failed);
			return new PdfUaReport(result.isCompliant(), passed, failed, failures);
		}
		catch (Exception e) {
			throw new IllegalStateException("veraPDF could not check the PDF", e);
		}
	}

}
