package lv.mfa.registry.shared.form;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.context.IThymeleafBindStatus;
import org.thymeleaf.spring6.processor.AbstractSpringFieldTagProcessor;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every control bound with {@code th:field} that has an error is marked for screen
 * readers, so no template writes it by hand: {@code aria-invalid="true"}, and
 * {@code aria-describedby} names its error ({@code <name>-error}, the id the
 * {@code fragments/form :: errors} fragment gives it) after the hint the field fragments
 * ({@code input-field}, {@code select-field}, …) name through {@code th:attr}. Runs just
 * before Spring's own {@code th:field}, after {@code th:with} and {@code th:attr}.
 */
@Configuration(proxyBeanMethods = false)
class FieldAria {

	@Bean
	IDialect fieldAriaDialect() {
		return new AbstractProcessorDialect("Registry field ARIA", "th", StandardDialect.PROCESSOR_PRECEDENCE) {

			@Override
			public Set<IProcessor> getProcessors(String dialectPrefix) {
				return Set.of(new Processor(dialectPrefix));
			}

		};
	}

	static final class Processor extends AbstractAttributeTagProcessor {

		Processor(String prefix) {
			super(TemplateMode.HTML, prefix, null, false, AbstractSpringFieldTagProcessor.ATTR_NAME, true,
					AbstractSpringFieldTagProcessor.ATTR_PRECEDENCE - 1, false);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structureHandler) {
			IThymeleafBindStatus status = FieldUtils.getBindStatus(context, attributeValue);
			if (!status.isError()) {
				return;
			}
			String error = status.getExpression() + "-error";
			String hint = tag.getAttributeValue("aria-describedby");
			structureHandler.setAttribute("aria-invalid", "true");
			structureHandler.setAttribute("aria-describedby",
					(hint == null || hint.isBlank()) ? error : hint + " " + error);
		}

	}

}
