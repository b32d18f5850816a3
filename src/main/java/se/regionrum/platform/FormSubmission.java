package se.regionrum.platform;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way page controllers save a form: field errors and broken service rules are shown
 * next to their fields, a concurrent change as a message above the form, and only a clean
 * save redirects. After a save, a delete or a button's action the next page shows the outcome
 * in the layout's flash: {@code message} (with {@code messageArgs}) or {@code failure}.
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	/** Adds the service's rule problems to the fields that do not already show an error. */
	public static void reject(BindingResult result, List<InvalidInputException> problems) {
		for (InvalidInputException problem : problems) {
			if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
	}

	/**
	 * Runs {@code save} (which returns the redirect) unless the form has errors; otherwise, or
	 * when the save breaks a rule or meets a concurrent change, returns the form view again.
	 */
	public static String save(BindingResult result, Supplier<String> formView, Supplier<String> save) {
		if (result.hasErrors()) {
			return formView.get();
		}
		try {
			return save.get();
		}
		catch (InvalidInputException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return formView.get();
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("validation.conflict");
			return formView.get();
		}
	}

	/** Says "saved" on the next page and redirects to {@code path}. */
	public static String saved(RedirectAttributes redirect, String path) {
		return done(redirect, "platform.saved", path);
	}

	/** Says "deleted" on the next page and redirects to {@code path}. */
	public static String deleted(RedirectAttributes redirect, String path) {
		return done(redirect, "platform.deleted", path);
	}

	/** Says {@code message} (with {@code args}, if any) on the next page and redirects to {@code path}. */
	public static String done(RedirectAttributes redirect, String message, String path, Object... args) {
		redirect.addFlashAttribute("message", message);
		if (args.length > 0) {
			redirect.addFlashAttribute("messageArgs", List.of(args));
		}
		return "redirect:" + path;
	}

	/** Says the broken rule {@code messageKey} on the next page and redirects to {@code path}. */
	public static String failed(RedirectAttributes redirect, String messageKey, String path) {
		redirect.addFlashAttribute("failure", messageKey);
		return "redirect:" + path;
	}

	/**
	 * Runs {@code delete} and goes to {@code listPath}; when the service refuses (the record is
	 * still referred to, say), stays on {@code detailPath} and says why.
	 */
	public static String delete(RedirectAttributes redirect, Runnable delete, String listPath, String detailPath) {
		try {
			delete.run();
		}
		catch (InvalidInputException ex) {
			return failed(redirect, ex.messageKey(), detailPath);
		}
		return deleted(redirect, listPath);
	}

	/**
	 * Runs a button's {@code action} and returns to {@code path} either way, saying
	 * {@code message} or the rule the action broke.
	 */
	public static String act(RedirectAttributes redirect, Runnable action, String message, String path) {
		try {
			action.run();
		}
		catch (InvalidInputException ex) {
			return failed(redirect, ex.messageKey(), path);
		}
		return done(redirect, message, path);
	}

}
