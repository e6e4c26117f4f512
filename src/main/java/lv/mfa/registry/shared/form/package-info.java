/**
 * The small toolkit every staff form shares, whichever module owns the record.
 * <p>
 * <b>Binding</b> ({@code FormBinding}, {@code FormTokens}): every form is bound the same
 * way (a wrong value comes back beside its field with what was typed kept, so no
 * controller has to "keep what was typed" itself) and carries a one-time token against
 * double submits. {@link lv.mfa.registry.shared.form.TypedForms#replaceForm} shows
 * another form object (more rows) in its place.
 * <p>
 * <b>Saving</b>: services speak the domain, never Spring's {@code Errors}. A service
 * <ul>
 * <li>checks the version the form was opened at with
 * {@link lv.mfa.registry.shared.form.Versions#check} (a
 * {@link lv.mfa.registry.shared.form.StaleEditException} otherwise);</li>
 * <li>collects what breaks its rules in {@link lv.mfa.registry.shared.form.FormProblems}
 * (field, message key, arguments) and ends with {@code throwIfAny()} before changing
 * anything (a {@link lv.mfa.registry.shared.form.FormRuleException});</li>
 * <li>returns the new id from {@code create} and nothing from {@code update}.</li>
 * </ul>
 * The controller hands the bound form to one
 * {@link lv.mfa.registry.shared.form.EditorFlow} ({@code new EditorFlow("admin.x.this")},
 * naming the record for the conflict message): it maps the problems onto the binding
 * result and a stale save, or a concurrent commit Hibernate reports as an optimistic-lock
 * failure, onto the one conflict message {@code admin.form.conflict} with a link to the
 * record as saved now; the controller then redirects or shows the form again. A form with
 * a period carries {@link lv.mfa.registry.shared.form.ValidPeriod}; its rules can be
 * given to the flow as well, so a wrong period and a broken rule are named together.
 * <p>
 * <b>Adopting it</b> (e.g. an editor still on {@code Errors}): replace
 * {@code Errors errors} by a local {@code FormProblems problems}, {@code rejectValue} by
 * {@code reject}, the early returns by {@code problems.throwIfAny()}, the version
 * comparison by {@code Versions.check}; drop the controller's
 * {@code catch (ObjectOptimisticLockingFailureException …)} and call
 * {@code FLOW.create(...)} / {@code FLOW.updated(...)}; add {@code admin.<record>.this}
 * ("šo …" / "this …") to both message files.
 * <p>
 * <b>Templates</b> ({@code templates/fragments/form.html}): {@code notices} above the
 * fields, {@code field}/{@code errors} beside them; a {@code th:field} control with an
 * error gets {@code aria-invalid} and {@code aria-describedby} from {@code FieldAria}, so
 * templates never write them by hand.
 * <p>
 * Also here: bilingual fields ({@code FormTexts}), the staff's time zone, what still
 * depends on a record before deleting it ({@code Dependant}), web addresses.
 */
@NamedInterface("form")
package lv.mfa.registry.shared.form;

import org.springframework.modulith.NamedInterface;
