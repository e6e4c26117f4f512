package lv.mfa.registry.shared.form;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Showing another form object on a form page shown again (an "add rows" button); what the
 * user typed is kept by {@code FormBinding} for every form.
 */
public final class TypedForms {

	private TypedForms() {
	}

	/** Shows another form object than the one bound (its binding result goes with it). */
	public static void replaceForm(Model model, String name, Object form) {
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + name);
		model.addAttribute(name, form);
	}

}
