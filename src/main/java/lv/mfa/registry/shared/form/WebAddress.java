package lv.mfa.registry.shared.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A link staff type for the public to follow: empty, or an absolute {@code https://} or
 * {@code http://} address with a host. {@code javascript:}, {@code data:} and the like
 * would run or show something else in the visitor's browser. Message code
 * {@code WebAddress}.
 */
@Documented
@Constraint(validatedBy = WebAddress.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

	String message() default "{WebAddress}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks one address. */
	class Validator implements ConstraintValidator<WebAddress, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || isWebAddress(value.strip());
		}

		static boolean isWebAddress(String value) {
			try {
				URI uri = new URI(value);
				String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
				return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

	}

}
