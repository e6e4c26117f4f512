package lv.mfa.registry.shared.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import lv.mfa.registry.shared.cache.PublicCachingConfiguration;
import lv.mfa.registry.shared.cache.PublicPageCache;
import lv.mfa.registry.shared.cache.RenderedPageInterceptor;

/**
 * Latvian by default; the address says the language ({@code /en/…}, see
 * {@link LanguagePathFilter}); {@code ?lang=en} switches to English and is remembered in
 * a cookie, never in a session, so a client without cookies (a calendar app, a link
 * preview) still gets the language its address asks for.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale LATVIAN = Locale.forLanguageTag("lv");

	private final PublicPageCache pageCache;

	WebConfiguration(PublicPageCache pageCache) {
		this.pageCache = pageCache;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lang") {

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				// The registry speaks Latvian and English only; any other choice falls
				// back to Latvian.
				super.setLocale(request, response,
						"en".equals(locale != null ? locale.getLanguage() : null) ? Locale.ENGLISH : LATVIAN);
			}

		};
		resolver.setDefaultLocale(LATVIAN);
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	/**
	 * Just after security (whose first filter turns {@code encodeURL} off to keep session
	 * ids out of addresses, so the prefixing response must sit inside it) and ahead of
	 * the page cache; on error pages too, so they speak the prefix's language.
	 */
	@Bean
	FilterRegistrationBean<LanguagePathFilter> languagePathFilter(LocaleResolver localeResolver) {
		FilterRegistrationBean<LanguagePathFilter> registration = new FilterRegistrationBean<>(
				new LanguagePathFilter(localeResolver));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		// An unknown language (?lang=xx) is ignored rather than answered with an error.
		interceptor.setIgnoreInvalidLocale(true);
		// Report downloads take ?lang for the document only; the coordinator's pages keep
		// their language.
		registry.addInterceptor(interceptor)
			.excludePathPatterns("/admin/presidencies/*/report.*", "/admin/presidencies/*/progress-report.*");
		// After the language is known: rendered public pages are kept per address and
		// language.
		registry.addInterceptor(new RenderedPageInterceptor(this.pageCache))
			.addPathPatterns(PublicCachingConfiguration.PUBLIC_PATHS);
	}

	/**
	 * The icons at the site's root, beside the stylesheets under {@code /css/**}
	 * (application.properties). Static resources are not mapped to {@code /**}: every
	 * link a page renders would then be looked up in the jar to see whether it names a
	 * file, which cost most of an uncached page's time.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/favicon.ico", "/favicon*.svg")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.setUseLastModified(false)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
