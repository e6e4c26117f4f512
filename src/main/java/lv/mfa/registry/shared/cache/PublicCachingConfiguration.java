package lv.mfa.registry.shared.cache;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import lv.mfa.registry.shared.text.LocalizedText;

/**
 * Published pages are cacheable: every public GET gets an ETag computed from its body,
 * and a repeated request with {@code If-None-Match} is answered 304 without the body.
 * They are marked {@code private, no-cache} (the page's language follows the visitor's
 * session, so shared caches must not keep them; browsers revalidate with the ETag). The
 * ETag is weak: a page is the same whether sent gzip-compressed or not
 * ({@link RenderedPageInterceptor}), and the container compresses only responses whose
 * ETag is weak.
 */
@Configuration(proxyBeanMethods = false)
public class PublicCachingConfiguration {

	public static final String[] PUBLIC_PATHS = { "/presidencies", "/presidencies/*", "/presidencies/*/*",
			"/presidencies/*/priorities/*", "/events/*", "/projects", "/projects/*", "/working-groups/*", "/search" };

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicPagesEtagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("GET".equals(request.getMethod())) {
					response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
				}
				super.doFilterInternal(request, response, chain);
			}

		};
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(PUBLIC_PATHS);
		// The container matches the address as sent, language prefix included.
		for (String path : PUBLIC_PATHS) {
			registration.addUrlPatterns("/" + LocalizedText.LATVIAN + path, "/" + LocalizedText.ENGLISH + path);
		}
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

}
