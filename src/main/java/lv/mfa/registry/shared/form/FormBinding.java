package lv.mfa.registry.shared.form;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * How every staff form is bound, whichever controller takes it, so a wrong value or a
 * crafted request is answered the same way everywhere: the form again with a message
 * beside the field, never a 500.
 * <ul>
 * <li>A value that cannot be converted (a date like 2019-02-30, an unknown choice,
 * letters for an id) leaves Spring's binding result without the form record it built; the
 * errors are moved onto that record, so the page shows what was typed with the message
 * beside the field.</li>
 * <li>A date is ISO with a four-digit year; anything else is "not a valid date".</li>
 * <li>Rows far beyond what a page offers ({@code agenda[5000]}) are not grown into
 * thousands of empty rows: they are dropped and the form says so.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class FormBinding {

	/** More rows than any form offers; a request naming a higher row is crafted. */
	static final int MAX_ROWS = 500;

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	@Bean
	WebMvcRegistrations formBindingRegistrations() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new RequestMappingHandlerAdapter() {

					@Override
					protected InitBinderDataBinderFactory createDataBinderFactory(
							java.util.List<InvocableHandlerMethod> binderMethods) {
						return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {

							@Override
							public void initBinder(WebDataBinder binder, NativeWebRequest request) throws Exception {
								super.initBinder(binder, request);
								binder.registerCustomEditor(LocalDate.class, new DateEditor());
							}

							@Override
							protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
									NativeWebRequest request) {
								return new FormDataBinder(target, objectName);
							}

						};
					}

				};
			}

		};
	}

	static boolean beyondRows(String name) {
		Matcher index = INDEX.matcher(name);
		while (index.find()) {
			String digits = index.group(1);
			if (digits.length() > 6 || Integer.parseInt(digits) >= MAX_ROWS) {
				return true;
			}
		}
		return false;
	}

	/**
	 * ISO dates (what a date field sends) with a year of four digits: ISO also reads
	 * {@code +999999999-12-31}, which no database column holds and no staff record means.
	 */
	static final class DateEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			LocalDate date;
			try {
				date = LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException(ex.getMessage());
			}
			if (date.getYear() < 1 || date.getYear() > 9999) {
				throw new IllegalArgumentException("year out of range: " + text);
			}
			setValue(date);
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? getValue().toString() : "";
		}

	}

	static final class FormDataBinder extends ExtendedServletRequestDataBinder {

		private AbstractPropertyBindingResult kept;

		FormDataBinder(Object target, String objectName) {
			super(target, objectName);
			setAutoGrowCollectionLimit(MAX_ROWS);
		}

		@Override
		public void construct(ValueResolver resolver) {
			Set<String> names = resolver.getNames();
			boolean tooManyRows = names.stream().anyMatch(FormBinding::beyondRows);
			Set<String> bounded = names.stream().filter((name) -> !beyondRows(name)).collect(Collectors.toSet());
			super.construct(new ValueResolver() {

				@Override
				public Object resolveValue(String name, Class<?> type) {
					return beyondRows(name) ? null : resolver.resolveValue(name, type);
				}

				@Override
				public Set<String> getNames() {
					return bounded;
				}

			});
			AbstractPropertyBindingResult result = super.getInternalBindingResult();
			if (getTarget() != null && result.getTarget() == null) {
				BeanPropertyBindingResult onForm = new BeanPropertyBindingResult(getTarget(), getObjectName(),
						isAutoGrowNestedPaths(), getAutoGrowCollectionLimit());
				onForm.setMessageCodesResolver(result.getMessageCodesResolver());
				onForm.addAllErrors(result);
				this.kept = onForm;
			}
			if (tooManyRows) {
				getInternalBindingResult().reject("form.too-many-rows", new Object[] { MAX_ROWS }, null);
			}
		}

		@Override
		protected AbstractPropertyBindingResult getInternalBindingResult() {
			return (this.kept != null) ? this.kept : super.getInternalBindingResult();
		}

	}

}
