package se.regionrum.followup.handbook;

import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.platform.PdfDocuments;

/** A published edition as a tagged PDF (template {@code followup/handbooks/pdf}), in Swedish like its content. */
@Component
public class HandbookPdf {

	private final PdfDocuments pdfs;

	private final HandbookService handbooks;

	HandbookPdf(PdfDocuments pdfs, HandbookService handbooks) {
		this.pdfs = pdfs;
		this.handbooks = handbooks;
	}

	public byte[] render(HandbookEdition edition) {
		return pdfs.render("followup/handbooks/pdf", Map.of("book", handbooks.content(edition)), HandbookService.SWEDISH);
	}

	/** The HTML the PDF is laid out from, for tests. */
	public String html(HandbookEdition edition) {
		return pdfs.html("followup/handbooks/pdf", Map.of("book", handbooks.content(edition)), HandbookService.SWEDISH);
	}

}
