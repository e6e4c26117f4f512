package lv.mfa.registry.shared.form;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A one-time token on every staff form, against double submits: every page a form is on
 * carries a fresh token ({@code formToken}, a hidden field); the first submit claims it
 * in the {@code form_token} table (a unique key, so it holds across instances) and
 * records where it led; a second submit of the same page waits for the first and is sent
 * to the record the first saved ("already saved"), never saving it twice. A submit whose
 * page was shown again (a mistake, more rows) got a new token with that page.
 */
@Configuration(proxyBeanMethods = false)
class FormTokens implements WebMvcConfigurer {

	static final String PARAMETER = "formToken";

	private static final String CLAIMED = FormTokens.class.getName() + ".claimed";

	/** How long a second submit waits for the first to finish. */
	private static final long WAIT_MILLIS = 10_000;

	private final JdbcTemplate jdbc;

	FormTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Interceptor()).addPathPatterns("/admin/**");
	}

	/** A fresh token for every staff page that shows a form. */
	@ControllerAdvice(basePackages = "lv.mfa.registry")
	static class TokenAdvice {

		@ModelAttribute(PARAMETER)
		String formToken(HttpServletRequest request) {
			return request.getRequestURI().startsWith("/admin") ? UUID.randomUUID().toString() : "";
		}

	}

	private static UUID token(HttpServletRequest request) {
		String value = request.getParameter(PARAMETER);
		if (!"POST".equals(request.getMethod()) || value == null) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private final class Interceptor implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws Exception {
			UUID token = token(request);
			if (token == null) {
				return true;
			}
			if (ThreadLocalRandom.current().nextInt(100) == 0) {
				FormTokens.this.jdbc.update("delete from form_token where created_at < now() - interval '1 day'");
			}
			if (FormTokens.this.jdbc.update("insert into form_token (token) values (?) on conflict do nothing",
					token) == 1) {
				request.setAttribute(CLAIMED, token);
				return true;
			}
			long until = System.currentTimeMillis() + WAIT_MILLIS;
			while (System.currentTimeMillis() < until) {
				var rows = FormTokens.this.jdbc
					.queryForList("select finished, location from form_token where token = ?", token);
				if (rows.isEmpty() || Boolean.TRUE.equals(rows.get(0).get("finished"))) {
					String location = rows.isEmpty() ? null : (String) rows.get(0).get("location");
					if (location == null) {
						// The first submit saved nothing (its page was shown again): this
						// one is answered as it would have been.
						return true;
					}
					FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
					flash.put("message", "admin.form.already-saved");
					RequestContextUtils.saveOutputFlashMap(location, request, response);
					response.setStatus(HttpStatus.SEE_OTHER.value());
					response.setHeader("Location", location);
					return false;
				}
				Thread.sleep(50);
			}
			response.sendError(HttpStatus.CONFLICT.value());
			return false;
		}

		@Override
		public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) {
			Object token = request.getAttribute(CLAIMED);
			if (token == null) {
				return;
			}
			String location = response.getHeader("Location");
			boolean saved = ex == null && response.getStatus() / 100 == 3 && location != null
					&& !location.contains("/login");
			FormTokens.this.jdbc.update("update form_token set finished = true, location = ? where token = ?",
					saved ? location : null, token);
		}

	}

}
