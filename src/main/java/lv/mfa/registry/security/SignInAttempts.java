package lv.mfa.registry.security;

import org.springframework.stereotype.Service;

/**
 * Keeps count of wrong passwords in a row per account, for the admins to see; the count
 * is updated in SQL so that parallel attempts cannot lose one. Guessing itself is slowed
 * down by {@link SignInThrottle}.
 */
@Service
class SignInAttempts {

	private final AppUserRepository users;

	SignInAttempts(AppUserRepository users) {
		this.users = users;
	}

	void failed(String username) {
		if (username != null) {
			this.users.countFailedAttempt(username);
		}
	}

	void succeeded(String username) {
		this.users.clearFailedAttempts(username);
	}

}
