package lv.mfa.registry.security.signin;

import org.springframework.stereotype.Service;

import lv.mfa.registry.security.AppUserRepository;

/**
 * Keeps count of wrong passwords in a row per account, for the admins to see; the count
 * is updated in SQL so that parallel attempts cannot lose one. Guessing itself is slowed
 * down by {@link SignInThrottle}.
 */
@Service
public class SignInAttempts {

	private final AppUserRepository users;

	SignInAttempts(AppUserRepository users) {
		this.users = users;
	}

	public void failed(String username) {
		if (username != null) {
			this.users.countFailedAttempt(username);
		}
	}

	public void succeeded(String username) {
		this.users.clearFailedAttempts(username);
	}

}
