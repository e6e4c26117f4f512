package lv.mfa.registry;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roles a staff page serves are written next to its handler: every handler under
 * /admin carries {@code @PreAuthorize}, on its method or its controller, since the filter
 * chain only asks that a visitor has signed in. Which role gets which answer is
 * {@link AccessMatrixTests}' business.
 */
class StaffAccessRulesTests {

	@Test
	void everyStaffHandlerSaysWhichRolesItServes() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		List<String> staffHandlers = new ArrayList<>();
		List<String> unsaid = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("lv.mfa.registry")) {
			Class<?> controller = ClassUtils.forName(definition.getBeanClassName(), getClass().getClassLoader());
			RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
			String prefix = (base != null && base.path().length > 0) ? base.path()[0] : "";
			for (Method method : ReflectionUtils.getDeclaredMethods(controller)) {
				RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
				if (mapping == null) {
					continue;
				}
				List<String> paths = (mapping.path().length == 0) ? List.of(prefix)
						: List.of(mapping.path()).stream().map((path) -> prefix + path).toList();
				if (paths.stream().noneMatch((path) -> path.startsWith("/admin"))) {
					continue;
				}
				String handler = controller.getSimpleName() + "." + method.getName() + " " + paths;
				staffHandlers.add(handler);
				if (!AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
						&& !AnnotatedElementUtils.hasAnnotation(controller, PreAuthorize.class)) {
					unsaid.add(handler);
				}
			}
		}
		assertThat(staffHandlers).hasSizeGreaterThan(60);
		assertThat(unsaid).isEmpty();
	}

}
