package lv.mfa.registry.shared.form;

import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How every staff editor saves a bound form, so that services speak only the domain and
 * the web answer is the same everywhere: a form with binding or validation errors is not
 * sent to the service; a {@link FormRuleException} puts each problem beside its field; a
 * stale save ({@link StaleEditException} from {@link Versions#check}, or a concurrent
 * commit between that check and the flush, which Hibernate reports as an optimistic-lock
 * failure) becomes the one conflict message, {@code admin.form.conflict} naming the
 * record, with a link to the record as saved now. In each case the caller shows the form
 * again with what was typed; after {@link Outcome#SAVED} it redirects
 * (Post/Redirect/Get).
 * <p>
 * Typical use in a controller: <pre>
 * private static final EditorFlow FLOW = new EditorFlow("admin.project.this");
 *
 * Long id = FLOW.create(result, () -&gt; this.projects.create(form));
 * if (id != null) { …redirect… }
 * if (FLOW.updated(result, () -&gt; this.projects.update(id, form))) { …redirect… }
 * </pre>
 */
public final class EditorFlow {

	/**
	 * Request attribute (so also a template variable) holding the address of the record's
	 * form as saved now, set when a save was stale.
	 */
	public static final String STALE_EDIT = "staleEdit";

	/** What became of a save. */
	public enum Outcome {

		/** Saved: redirect. */
		SAVED,
		/** The form or a rule refused it: show the form again with the messages. */
		REFUSED,
		/** Someone else saved the record first: show the form again with the conflict. */
		STALE

	}

	/** The code of the errors that lie between fields: {@link ValidPeriod}'s. */
	private static final String BETWEEN_FIELDS = ValidPeriod.class.getSimpleName();

	private final String record;

	/**
	 * @param record message key naming the record as the conflict message needs it, e.g.
	 * {@code admin.project.this} ("šo projektu" / "this project")
	 */
	public EditorFlow(String record) {
		this.record = record;
	}

	/** Creates the record: its new id (or key), or null when the form was refused. */
	public <T> T create(BindingResult result, Supplier<T> create) {
		return create(result, null, create);
	}

	/**
	 * Creates the record as {@link #create(BindingResult, Supplier)}; when the form's
	 * only errors are between fields (an end before the start), the record's rules are
	 * checked too, so that every mistake is named at once.
	 */
	public <T> T create(BindingResult result, Runnable rules, Supplier<T> create) {
		if (refused(result, rules)) {
			return null;
		}
		try {
			return create.get();
		}
		catch (FormRuleException ex) {
			onForm(ex, result);
			return null;
		}
	}

	/** Saves over the version the form was opened at. */
	public Outcome update(BindingResult result, Runnable update) {
		return update(result, null, update);
	}

	/**
	 * Saves as {@link #update(BindingResult, Runnable)}, checking the record's rules also
	 * when the form's only errors are between fields.
	 */
	public Outcome update(BindingResult result, Runnable rules, Runnable update) {
		if (refused(result, rules)) {
			return Outcome.REFUSED;
		}
		try {
			update.run();
			return Outcome.SAVED;
		}
		catch (FormRuleException ex) {
			onForm(ex, result);
			return Outcome.REFUSED;
		}
		catch (StaleEditException | OptimisticLockingFailureException | OptimisticLockException ex) {
			result.reject("admin.form.conflict", new Object[] { new DefaultMessageSourceResolvable(this.record) },
					null);
			linkCurrentRecord();
			return Outcome.STALE;
		}
	}

	/** Whether the update was saved. */
	public boolean updated(BindingResult result, Runnable update) {
		return update(result, update) == Outcome.SAVED;
	}

	/**
	 * Whether the update was saved (rules checked as in
	 * {@link #update(BindingResult, Runnable, Runnable)}).
	 */
	public boolean updated(BindingResult result, Runnable rules, Runnable update) {
		return update(result, rules, update) == Outcome.SAVED;
	}

	/**
	 * A form with errors is not saved. Where the errors are only between fields, every
	 * field holds a value of its type, so the rules can still be checked and named.
	 */
	private static boolean refused(BindingResult result, Runnable rules) {
		if (!result.hasErrors()) {
			return false;
		}
		boolean onlyBetweenFields = result.getAllErrors()
			.stream()
			.allMatch((error) -> BETWEEN_FIELDS.equals(error.getCode()));
		if (rules != null && onlyBetweenFields) {
			try {
				rules.run();
			}
			catch (FormRuleException ex) {
				onForm(ex, result);
			}
		}
		return true;
	}

	/** Puts each problem beside its field (or on the form as a whole). */
	public static void onForm(FormRuleException ex, BindingResult result) {
		for (FormProblems.Problem problem : ex.problems()) {
			if (problem.field() == null) {
				result.reject(problem.code(), problem.args(), null);
			}
			else {
				result.rejectValue(problem.field(), problem.code(), problem.args(), null);
			}
		}
	}

	/**
	 * Every staff editor saves at {@code /admin/{records}/{id}} (or a part of it below)
	 * and shows the record's form at {@code /admin/{records}/{id}/edit}.
	 */
	private static void linkCurrentRecord() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			String path = request.getRequestURI();
			if (path.matches(".*/admin/[^/]+/[^/]+.*")) {
				request.setAttribute(STALE_EDIT, path.replaceFirst("^(.*/admin/[^/]+/[^/]+).*$", "$1/edit"));
			}
		}
	}

}
