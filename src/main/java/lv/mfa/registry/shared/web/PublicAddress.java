package lv.mfa.registry.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address the public reaches the registry at, for links that leave the site (calendar
 * feeds, open data, e-mails). Configured ({@code REGISTRY_PUBLIC_BASE_URL}) it never
 * comes from the request, whose Host header anyone can set; unset (development), the
 * request's own address as the trusted proxy forwarded it.
 */
@Component
public class PublicAddress {

	private final String configured;

	PublicAddress(@Value("${registry.public-base-url:}") String configured) {
		String trimmed = configured.strip();
		this.configured = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	/** Scheme, host, port and context path, without a trailing slash. */
	public String baseUrl() {
		if (!this.configured.isEmpty()) {
			return this.configured;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
