package se.regionrum.initiatives.initiative;

import java.util.function.Function;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.platform.FormSubmission;

/**
 * The form pages every kind of record that belongs to one initiative shares (obstacles, funding
 * lines): new and edit forms for those who may change the initiative, saving with the rules shown
 * next to their fields, and back to the initiative after a save or a delete. Subclasses declare
 * the mappings.
 *
 * @param <T> the record
 * @param <F> its form
 */
public abstract class InitiativePartController<T extends InitiativePart, F> {

	private final InitiativePartService<T, F> parts;

	private final InitiativeService initiatives;

	private final String formView;

	private final String partAttribute;

	/**
	 * @param formView the form's template
	 * @param partAttribute the model attribute that holds the record on its edit form
	 */
	protected InitiativePartController(InitiativePartService<T, F> parts, InitiativeService initiatives,
			String formView, String partAttribute) {
		this.parts = parts;
		this.initiatives = initiatives;
		this.formView = formView;
		this.partAttribute = partAttribute;
	}

	protected String showNewForm(long initiativeId, F form, Model model) {
		addEditableInitiative(initiativeId, model);
		model.addAttribute("form", form);
		return formView;
	}

	protected String saveNew(long initiativeId, F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		addEditableInitiative(initiativeId, model);
		FormSubmission.reject(result, parts.problems(form));
		if (result.hasErrors()) {
			return formView;
		}
		parts.create(initiativeId, form);
		return FormSubmission.saved(redirect, "/initiatives/" + initiativeId);
	}

	protected String showEditForm(long id, Function<T, F> toForm, Model model) {
		T part = editablePart(id, model);
		model.addAttribute("form", toForm.apply(part));
		return formView;
	}

	protected String saveEdit(long id, F form, BindingResult result, Model model, RedirectAttributes redirect) {
		T part = editablePart(id, model);
		FormSubmission.reject(result, parts.problems(form));
		if (result.hasErrors()) {
			return formView;
		}
		parts.update(id, form);
		return FormSubmission.saved(redirect, "/initiatives/" + part.initiativeId());
	}

	protected String deleteAndReturn(long id, RedirectAttributes redirect) {
		T part = parts.get(id);
		parts.delete(id);
		return FormSubmission.deleted(redirect, "/initiatives/" + part.initiativeId());
	}

	private void addEditableInitiative(long initiativeId, Model model) {
		model.addAttribute("initiative", initiatives.get(initiativeId));
		initiatives.requireEditorOfInitiative(initiativeId);
	}

	private T editablePart(long id, Model model) {
		T part = parts.get(id);
		initiatives.requireEditorOfInitiative(part.initiativeId());
		model.addAttribute("initiative", initiatives.get(part.initiativeId()));
		model.addAttribute(partAttribute, part);
		return part;
	}

}
