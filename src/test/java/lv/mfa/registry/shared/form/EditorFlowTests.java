package lv.mfa.registry.shared.form;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one way a save ends: saved, refused by a rule (each problem beside its field), or
 * stale, whether the version check found it or a concurrent commit overtook the check
 * (Hibernate's optimistic-lock failure at the flush); and the one period constraint.
 */
class EditorFlowTests {

	private static final EditorFlow FLOW = new EditorFlow("admin.project.this");

	@ValidPeriod(start = "from", end = "to")
	record Period(LocalDate from, LocalDate to, String note) {
	}

	@ValidPeriod(start = "from", end = "to")
	record Times(LocalTime from, LocalTime to) {
	}

	private static BindingResult result(Object form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	@Test
	void aSaveThatPassesIsSavedAndACreateAnswersTheId() {
		BindingResult result = result(new Period(null, null, "x"));
		assertThat(FLOW.update(result, () -> {
		})).isEqualTo(EditorFlow.Outcome.SAVED);
		assertThat(FLOW.create(result, () -> 42L)).isEqualTo(42L);
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void brokenRulesAreNamedBesideTheirFieldsAndOnTheForm() {
		BindingResult result = result(new Period(null, null, "x"));
		Long id = FLOW.create(result, () -> {
			new FormProblems().reject("note", "admin.form.title-required")
				.rejectForm("admin.unknown-choice")
				.reject("note", "admin.event.agenda-outside-event", "01.01.2019", "02.01.2019")
				.throwIfAny();
			return 1L;
		});
		assertThat(id).isNull();
		assertThat(result.getFieldErrors("note")).extracting(org.springframework.validation.ObjectError::getCode)
			.containsExactly("admin.form.title-required", "admin.event.agenda-outside-event");
		assertThat(result.getFieldErrors("note").get(1).getArguments()).containsExactly("01.01.2019", "02.01.2019");
		assertThat(result.getGlobalErrors()).extracting(org.springframework.validation.ObjectError::getCode)
			.containsExactly("admin.unknown-choice");
	}

	@Test
	void aStaleVersionAndAConcurrentCommitEndTheSameWay() {
		BindingResult checked = result(new Period(null, null, "x"));
		assertThat(FLOW.update(checked, () -> Versions.check(3, 2L))).isEqualTo(EditorFlow.Outcome.STALE);
		BindingResult flushed = result(new Period(null, null, "x"));
		assertThat(FLOW.update(flushed, () -> {
			throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
		})).isEqualTo(EditorFlow.Outcome.STALE);
		for (BindingResult result : new BindingResult[] { checked, flushed }) {
			assertThat(result.getGlobalErrors()).singleElement().satisfies((error) -> {
				assertThat(error.getCode()).isEqualTo("admin.form.conflict");
				assertThat(((MessageSourceResolvable) error.getArguments()[0]).getCodes())
					.containsExactly("admin.project.this");
			});
		}
		assertThat(FLOW.updated(result(new Period(null, null, "x")), () -> Versions.check(3, null))).isFalse();
		assertThat(FLOW.updated(result(new Period(null, null, "x")), () -> Versions.check(3, 3L))).isTrue();
	}

	@Test
	void aFormWithErrorsIsNotSavedButItsRulesAreNamedWhenOnlyThePeriodIsWrong() {
		BindingResult periodOnly = result(new Period(null, null, "x"));
		periodOnly.rejectValue("to", "ValidPeriod");
		boolean[] saved = { false };
		assertThat(FLOW.create(periodOnly, () -> new FormProblems().reject("note", "admin.unknown-choice").throwIfAny(),
				() -> saved[0] = true))
			.isNull();
		assertThat(saved[0]).isFalse();
		assertThat(periodOnly.getFieldErrors("note")).hasSize(1);

		BindingResult typeError = result(new Period(null, null, "x"));
		typeError.rejectValue("from", "typeMismatch");
		boolean[] checked = { false };
		assertThat(FLOW.update(typeError, () -> checked[0] = true, () -> saved[0] = true))
			.isEqualTo(EditorFlow.Outcome.REFUSED);
		assertThat(checked[0]).isFalse();
		assertThat(saved[0]).isFalse();
	}

	@Test
	void anEndBeforeItsStartIsRefusedBesideTheEnd() {
		try (var factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			Set<ConstraintViolation<Period>> backwards = validator
				.validate(new Period(LocalDate.of(2019, 3, 2), LocalDate.of(2019, 3, 1), null));
			assertThat(backwards).singleElement().satisfies((violation) -> {
				assertThat(violation.getPropertyPath()).hasToString("to");
				assertThat(violation.getMessageTemplate()).isEqualTo("{admin.form.period.end-before-start}");
			});
			assertThat(validator.validate(new Period(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 1), null)))
				.isEmpty();
			assertThat(validator.validate(new Period(null, LocalDate.of(2019, 3, 1), null))).isEmpty();
			assertThat(validator.validate(new Times(LocalTime.of(11, 0), LocalTime.of(10, 0)))).hasSize(1);
		}
	}

}
