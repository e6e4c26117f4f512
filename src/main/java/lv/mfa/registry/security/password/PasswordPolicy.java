package lv.mfa.registry.security.password;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * What makes a password acceptable, for every place one is set: long enough (NIST SP
 * 800-63B prefers long passphrases over composition rules), within bcrypt's 72 bytes (a
 * Latvian letter takes two), not on the list of the most common passwords and not a
 * single character or two repeated.
 */
public final class PasswordPolicy {

	/** Characters at least. */
	public static final int MIN_LENGTH = 12;

	/** bcrypt reads only the first 72 bytes of its input and refuses longer ones. */
	public static final int MAX_BYTES = 72;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/**
	 * The message code saying what is wrong with a new password, or empty when it may be
	 * used. Codes: {@code password.too-short}, {@code password.too-long},
	 * {@code password.too-common}.
	 */
	public static Optional<String> problem(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.too-short");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.too-long");
		}
		String folded = password.strip().toLowerCase(Locale.ROOT);
		if (folded.codePoints().distinct().count() < 4 || COMMON.contains(folded)) {
			return Optional.of("password.too-common");
		}
		return Optional.empty();
	}

	private static Set<String> load() {
		try (InputStream in = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
