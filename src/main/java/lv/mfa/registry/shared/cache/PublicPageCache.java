package lv.mfa.registry.shared.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

/**
 * Public pages as they were rendered for anonymous visitors (bytes, never entities),
 * answered again without touching the database or the template engine
 * ({@link RenderedPageInterceptor}). The cache weighs what it keeps and never holds more
 * than its budget: a share of the heap ({@code registry.page-cache.heap-share}, default a
 * tenth) or a fixed number of bytes ({@code registry.page-cache.max-bytes}). Pages are
 * kept gzip-compressed, as browsers take them: HTML shrinks eight- to tenfold, so the
 * same budget holds that many more pages, and a hit is answered without compressing.
 * <p>
 * Everything is dropped whenever a transaction that changed any entity commits
 * ({@link PublicPageCacheInvalidation}: admin saves and publications, the importer, on
 * every instance sharing the database), so a visitor never sees a change later than the
 * next request. Entries also expire after ten minutes, for what depends on the date (an
 * overview's recent and upcoming events).
 * <p>
 * A page is kept only under the generation current when its rendering began: a rendering
 * that raced a commit is thrown away. Writes that bypass Hibernate (plain SQL, as some
 * tests do) must call {@link #evictAll()} themselves.
 */
@Component
public class PublicPageCache {

	/** What a key and an entry cost beyond their bytes (object headers, references). */
	private static final int OVERHEAD = 128;

	private final Cache<String, RenderedPage> pages;

	private final long maximumBytes;

	private final AtomicLong generation = new AtomicLong();

	PublicPageCache(@Value("${registry.page-cache.heap-share:0.1}") double heapShare,
			@Value("${registry.page-cache.max-bytes:0}") long maximumBytes) {
		this.maximumBytes = (maximumBytes > 0) ? maximumBytes
				: Math.max(1 << 20, (long) (Runtime.getRuntime().maxMemory() * heapShare));
		this.pages = Caffeine.newBuilder()
			.maximumWeight(this.maximumBytes)
			.weigher((String key, RenderedPage page) -> OVERHEAD + 2 * key.length() + page.gzipped().length)
			.expireAfterWrite(Duration.ofMinutes(10))
			.recordStats()
			.build();
	}

	/** The page rendered for this key, or null. */
	public RenderedPage get(String key) {
		return this.pages.getIfPresent(key);
	}

	/** The generation to pass to {@link #put} for a rendering that starts now. */
	public long generation() {
		return this.generation.get();
	}

	/** Keeps a rendered page unless a commit happened since its rendering began. */
	public void put(String key, long renderedInGeneration, RenderedPage page) {
		if (this.generation.get() == renderedInGeneration) {
			this.pages.put(key, page);
			if (this.generation.get() != renderedInGeneration) {
				this.pages.invalidate(key);
			}
		}
	}

	/** Forgets every page: the next request of each page reads the database. */
	public void evictAll() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	/** How many pages are kept (for tests and diagnostics). */
	public long size() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	/** How many bytes the kept pages weigh, never more than {@link #maximumBytes()}. */
	public long weightedSize() {
		this.pages.cleanUp();
		return this.pages.policy().eviction().orElseThrow().weightedSize().orElse(0);
	}

	/** The budget in bytes. */
	public long maximumBytes() {
		return this.maximumBytes;
	}

	/** The underlying cache, for metrics. */
	public Cache<String, RenderedPage> cache() {
		return this.pages;
	}

	/**
	 * A page as rendered: its body gzip-compressed, its content type and its ETag (weak,
	 * of the uncompressed body, so both encodings of the page share it).
	 */
	public record RenderedPage(byte[] gzipped, String contentType, String etag) {

		/** Compresses a rendered body once, when it is kept. */
		public static RenderedPage of(byte[] body, String contentType) {
			ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 6 + 64);
			try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 8192)) {
				gzip.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			// The format of ShallowEtagHeaderFilter's weak ETags, so a page keeps its
			// ETag
			// whether the filter or the cache answers it.
			return new RenderedPage(compressed.toByteArray(), contentType,
					"W/\"0" + DigestUtils.md5DigestAsHex(body) + "\"");
		}

		/** The body as rendered, for the rare client that does not take gzip. */
		public byte[] body() {
			try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(this.gzipped))) {
				return gzip.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
