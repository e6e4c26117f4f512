package lv.mfa.registry.shared.form;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Keeping what the user typed on a form page that is shown again: after an error, a
 * conflict, or an "add rows" button.
 */
public final class TypedForms {

	private TypedForms() {
	}

	/**
	 * A value that cannot be converted (letters in a number field) leaves the binding
	 * result without its form; this binds the errors to the form built from the rest, so
	 * the page shows everything typed with the message beside the field.
	 * <p>
	 * {@code FormBinding} does this for every form already; editors on {@link EditorFlow}
	 * no longer call it. Left for the editors not converted yet (progress), to go with
	 * them.
	 */
	public static BindingResult keepTyped(Object form, String name, BindingResult result, Model model) {
		if (result.getTarget() != null) {
			return result;
		}
		BeanPropertyBindingResult kept = new BeanPropertyBindingResult(form, name);
		kept.addAllErrors(result);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, kept);
		model.addAttribute(name, form);
		return kept;
	}

	/** Shows another form object than the one bound (its binding result goes with it). */
	public static void replaceForm(Model model, String name, Object form) {
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + name);
		model.addAttribute(name, form);
	}

}
