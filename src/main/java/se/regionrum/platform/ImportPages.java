package se.regionrum.platform;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;

/**
 * The page side of a module's background imports (templates {@code fragments/imports}): an upload
 * either starts a job and leads to its page, or is rejected at once and shows the upload page again
 * with its problems; the job page's progress part is polled until the job has ended.
 */
public final class ImportPages {

	private ImportPages() {
	}

	/**
	 * Starts the job ({@code start} returns its id) and redirects to its page below {@code jobsPath};
	 * when the upload is rejected before it is queued, puts its problems in the model as
	 * {@code problems} and returns {@code uploadPage}.
	 */
	public static String start(String jobsPath, LongSupplier start, Model model, Supplier<String> uploadPage) {
		try {
			return "redirect:" + jobsPath + "/" + start.getAsLong();
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
			return uploadPage.get();
		}
	}

	/**
	 * The {@code progress} fragment of {@code jobPage} for the job, as {@code job} in the model; a job
	 * that is no longer queued or running makes htmx reload the whole page, which then shows the outcome.
	 */
	public static String progress(String jobPage, Object job, boolean active, Model model,
			HttpServletResponse response) {
		model.addAttribute("job", job);
		if (!active) {
			response.setHeader("HX-Refresh", "true");
		}
		return jobPage + " :: progress";
	}

}
