package lv.mfa.registry.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Anyone reads the public pages; everything under /admin needs a signed-in member of
 * staff. Roles: EDITOR (an institution's own events and task progress), COORDINATOR
 * (everything of a presidency, publishing, reports), ADMIN (users and reference data).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/admin/presidencies/*/report/**", "/admin/presidencies/*/report",
					"/admin/presidencies/*/report.*", "/admin/presidencies/*/progress-report",
					"/admin/presidencies/*/progress-report.*")
			.hasAnyRole("COORDINATOR", "ADMIN")
			.requestMatchers("/admin/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin(Customizer.withDefaults())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")));
		return http.build();
	}

}
