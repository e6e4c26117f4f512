package lv.mfa.registry.security.signin;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing down instead of locking accounts (a lock anyone could trigger
 * against anyone, the admin included). Each try at a password takes a token from the
 * client's bucket and from the account's; a right password gives them back, so only wrong
 * guesses use the allowance up. Buckets exist for any name typed, known or not, so the
 * answers never tell which accounts exist. Token buckets are taken atomically, so
 * parallel requests cannot slip past the limit.
 */
@Component
public class SignInThrottle {

	/** Wrong guesses an account takes at once, then one more each minute. */
	public static final int ACCOUNT_BURST = 5;

	static final Duration ACCOUNT_REFILL = Duration.ofMinutes(1);

	/**
	 * Wrong guesses one client takes at once (over all names), then one more each 20 s.
	 */
	static final int CLIENT_BURST = 20;

	static final Duration CLIENT_REFILL = Duration.ofSeconds(20);

	private final Cache<String, Bucket> accounts = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	private final Cache<String, Bucket> clients = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	/**
	 * Takes one try for this client and account; {@code false} when either has none left
	 * (and then the password must not be checked).
	 */
	boolean tryAttempt(String client, String username) {
		Bucket clientBucket = clientBucket(client);
		if (!clientBucket.tryConsume(1)) {
			return false;
		}
		if (!accountBucket(username).tryConsume(1)) {
			clientBucket.addTokens(1);
			return false;
		}
		return true;
	}

	/** The password was right: the try does not count against anyone. */
	public void succeeded(String client, String username) {
		clientBucket(client).addTokens(1);
		accountBucket(username).addTokens(1);
	}

	/** Takes one try at this account's password from wherever it comes. */
	public boolean tryAccountAttempt(String username) {
		return accountBucket(username).tryConsume(1);
	}

	public void accountSucceeded(String username) {
		accountBucket(username).addTokens(1);
	}

	private Bucket clientBucket(String client) {
		return this.clients.get(String.valueOf(client), (key) -> bucket(CLIENT_BURST, CLIENT_REFILL));
	}

	private Bucket accountBucket(String username) {
		return this.accounts.get(accountKey(username), (key) -> bucket(ACCOUNT_BURST, ACCOUNT_REFILL));
	}

	private static String accountKey(String username) {
		// User names are at most 100 characters; longer input shares one bucket rather
		// than filling memory.
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (name.length() > 100) ? name.substring(0, 100) : name;
	}

	private static Bucket bucket(int burst, Duration refillOne) {
		return Bucket.builder().addLimit((limit) -> limit.capacity(burst).refillGreedy(1, refillOne)).build();
	}

}
