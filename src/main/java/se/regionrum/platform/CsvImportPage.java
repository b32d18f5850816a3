package se.regionrum.platform;

import java.io.IOException;
import java.util.function.ToIntFunction;

import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page on which a list's CSV file is imported: on success back to the list saying how many
 * rows came in, on a rejected file the same page again with the file's problems (nothing of it
 * was saved).
 *
 * @param view the import page's template
 * @param listPath where the list is, after a successful import
 * @param doneMessage the message key that says how many rows were imported ({0})
 */
public record CsvImportPage(String view, String listPath, String doneMessage) {

	/** Imports the uploaded file with {@code importer}, which returns the number of rows saved. */
	public String submit(MultipartFile file, ToIntFunction<byte[]> importer, Model model, RedirectAttributes redirect)
			throws IOException {
		byte[] content = file.getBytes();
		try {
			int count = importer.applyAsInt(content);
			return FormSubmission.done(redirect, doneMessage, listPath, count);
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
			return view;
		}
	}

}
