package lv.mfa.registry.shared;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * What public pages show (their page models), kept between requests: published records
 * change rarely. Everything is dropped whenever a transaction that changed any entity
 * commits ({@link PublicPageCacheInvalidation}: admin saves and publications, the
 * importer), so a visitor never sees a change later than the next request. Entries also
 * expire after ten minutes, for what depends on the date (an overview's recent and
 * upcoming events).
 * <p>
 * A page model is cached under the generation current when its loading began: a load that
 * raced a commit lands under a generation no one asks for any more.
 * <p>
 * Writes that bypass Hibernate (plain SQL, as some tests do) must call
 * {@link #evictAll()} themselves.
 */
@Component
public class PublicPageCache {

	private final Cache<List<Object>, Object> pages = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	private final AtomicLong generation = new AtomicLong();

	/**
	 * The page model of this kind of page for these parameters, loaded (outside any
	 * transaction of the caller's) when not kept. What the loader throws (a 404) is not
	 * kept. Parameters may hold nulls ({@code Arrays.asList}).
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String page, List<?> parameters, Supplier<T> loader) {
		long current = this.generation.get();
		List<Object> key = Arrays.asList(current, page, parameters);
		Object kept = this.pages.getIfPresent(key);
		if (kept != null) {
			return (T) kept;
		}
		T loaded = loader.get();
		if (loaded != null && this.generation.get() == current) {
			this.pages.put(key, loaded);
		}
		return loaded;
	}

	/** Forgets every page model: the next request of each page reads the database. */
	public void evictAll() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	/** How many page models are kept (for tests and diagnostics). */
	public long size() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

}
