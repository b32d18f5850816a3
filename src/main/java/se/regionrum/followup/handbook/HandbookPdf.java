package se.regionrum.followup.handbook;

import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.platform.PdfDocuments;

/** A published edition as a tagged PDF (template {@code followup/handbooks/pdf}), in Swedish like its content. */
@Component
public class HandbookPdf {

	static final String TEMPLATE = "followup/handbooks/pdf";

	private final PdfDocuments pdfs;

	private final HandbookService handbooks;

	HandbookPdf(PdfDocuments pdfs, HandbookService handbooks) {
		this.pdfs = pdfs;
		this.handbooks = handbooks;
	}

	public byte[] render(HandbookEdition edition) {
		return pdfs.render(TEMPLATE, variables(edition), HandbookService.SWEDISH);
	}

	/** The HTML the PDF is laid out from, for tests. */
	public String html(HandbookEdition edition) {
		return pdfs.html(TEMPLATE, variables(edition), HandbookService.SWEDISH);
	}

	/** The frozen content; {@code forPdf} makes the chapters' texts give their links a description. */
	private Map<String, Object> variables(HandbookEdition edition) {
		return Map.of("book", handbooks.content(edition), "forPdf", true);
	}

}
