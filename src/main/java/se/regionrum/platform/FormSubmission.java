package se.regionrum.platform;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * The one way page controllers save a form: field errors and broken service rules are shown
 * next to their fields, a concurrent change as a message above the form, and only a clean
 * save redirects.
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

}
