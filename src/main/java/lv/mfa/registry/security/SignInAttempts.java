package lv.mfa.registry.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #LIMIT} failed sign-ins in a row an account
 * is locked for {@link #LOCK_DURATION}.
 */
@Service
class SignInAttempts {

	static final int LIMIT = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final AppUserRepository users;

	SignInAttempts(AppUserRepository users) {
		this.users = users;
	}

	/** Counts a wrong password; answers whether the account is now locked. */
	@Transactional
	boolean failed(String username) {
		if (username == null) {
			return false;
		}
		return this.users.findByUsername(username).map((user) -> {
			Instant now = Instant.now();
			user.signInFailed(LIMIT, now.plus(LOCK_DURATION));
			return user.isLockedAt(now);
		}).orElse(false);
	}

	@Transactional
	void succeeded(String username) {
		this.users.findByUsername(username).ifPresent(AppUser::signedIn);
	}

}
