package lv.mfa.registry.dataset;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import lv.mfa.registry.shared.text.LocalizedText;

/** A required bilingual text: present in at least one language. */
@Documented
@Constraint(validatedBy = HasText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface HasText {

	String message() default "{dataset.text-required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<HasText, LocalizedText> {

		@Override
		public boolean isValid(LocalizedText value, ConstraintValidatorContext context) {
			return value != null && !value.isEmpty();
		}

	}

}
