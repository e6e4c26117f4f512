package lv.mfa.registry.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure someone can sign in: when no admin exists, one is created from
 * {@code REGISTRY_ADMIN_USERNAME} and {@code REGISTRY_ADMIN_PASSWORD}; without a password
 * a random one is generated and written to the log once.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdmin.class);

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final String username;

	private final String password;

	FirstAdmin(AppUserRepository users, PasswordEncoder passwordEncoder,
			@Value("${REGISTRY_ADMIN_USERNAME:admin}") String username,
			@Value("${REGISTRY_ADMIN_PASSWORD:}") String password) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.username = username.isBlank() ? "admin" : username.strip();
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.existsByRole(StaffRole.ADMIN) || this.users.findByUsername(this.username).isPresent()) {
			return;
		}
		String chosen = this.password;
		if (chosen.isBlank()) {
			byte[] random = new byte[18];
			new SecureRandom().nextBytes(random);
			chosen = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			logger.warn(
					"No admin existed and REGISTRY_ADMIN_PASSWORD is not set: created admin '{}' with the"
							+ " generated password {} (shown only this once; change it after signing in)",
					this.username, chosen);
		}
		else {
			logger.info("No admin existed: created admin '{}' from REGISTRY_ADMIN_USERNAME/REGISTRY_ADMIN_PASSWORD",
					this.username);
		}
		this.users.save(new AppUser(this.username, this.passwordEncoder.encode(chosen), StaffRole.ADMIN, null));
	}

}
