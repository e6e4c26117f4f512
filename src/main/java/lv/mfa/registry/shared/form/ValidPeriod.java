package lv.mfa.registry.shared.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * A period whose end is not before its start, on the class that holds both (a form, an
 * imported record): days, times or years, anything comparable. Either end left empty is
 * no error (a required end says so itself). The message goes beside the end. The
 * database's CHECK constraints say the same; this says it in words, beside the field.
 */
@Documented
@Constraint(validatedBy = ValidPeriod.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ValidPeriod.List.class)
public @interface ValidPeriod {

	/** The start's property. */
	String start();

	/** The end's property; the message is shown beside it. */
	String end();

	String message() default "{admin.form.period.end-before-start}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Several periods on one class. */
	@Documented
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface List {

		ValidPeriod[] value();

	}

	/** Compares the two properties. */
	class Validator implements ConstraintValidator<ValidPeriod, Object> {

		private ValidPeriod period;

		@Override
		public void initialize(ValidPeriod period) {
			this.period = period;
		}

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public boolean isValid(Object value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			Object start = read(value, this.period.start());
			Object end = read(value, this.period.end());
			if (!(start instanceof Comparable from) || end == null || from.compareTo(end) <= 0) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode(this.period.end())
				.addConstraintViolation();
			return false;
		}

		/** A record's accessor ({@code end()}) or a bean's getter ({@code getEnd()}). */
		private static Object read(Object value, String property) {
			for (String name : new String[] { property, "get" + StringUtils.capitalize(property) }) {
				java.lang.reflect.Method accessor = ReflectionUtils.findMethod(value.getClass(), name);
				if (accessor != null) {
					ReflectionUtils.makeAccessible(accessor);
					return ReflectionUtils.invokeMethod(accessor, value);
				}
			}
			throw new IllegalArgumentException(value.getClass().getName() + " has no property " + property);
		}

	}

}
