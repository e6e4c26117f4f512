package lv.mfa.registry.timeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import lv.mfa.registry.shared.cache.PublicPageCache;

/**
 * The timeline's filter counts and total per filter combination (the page number aside),
 * so that the 400 pages of one timeline, and every visit to the same filters, count the
 * presidency's events once instead of on every request (at 20,000 events that statement
 * is most of a page's database time).
 * <p>
 * The counts depend only on published data, so they are kept under the public page
 * cache's generation, which moves whenever a change commits on any instance (and when a
 * test writes with plain SQL and calls {@code evictAll}): counts read under an older
 * generation are never answered again. Bounded in bytes, like the page cache.
 */
@Component
class TimelineFacetCache {

	/** What a key, an entry and its list cost beyond the rows (headers, references). */
	private static final int OVERHEAD = 256;

	/** What a row costs beyond its strings. */
	private static final int ROW_OVERHEAD = 96;

	private final PublicPageCache pages;

	private final Cache<Key, List<TimelineRepository.FacetRow>> counts;

	/** The generation of the last lookup: when it moves, older counts are dropped. */
	private final AtomicLong seen = new AtomicLong();

	TimelineFacetCache(PublicPageCache pages, @Value("${registry.facet-cache.max-bytes:4000000}") long maximumBytes) {
		this.pages = pages;
		this.counts = Caffeine.newBuilder()
			.maximumWeight(Math.max(0, maximumBytes))
			.weigher((Key key, List<TimelineRepository.FacetRow> rows) -> weight(key, rows))
			.expireAfterWrite(Duration.ofMinutes(10))
			.build();
	}

	/**
	 * The counts for this query: kept ones when nothing was committed since, else
	 * computed now (and kept).
	 */
	List<TimelineRepository.FacetRow> facets(TimelineQuery query, Supplier<List<TimelineRepository.FacetRow>> count) {
		// Read before counting: a count that raced a commit is kept under the old
		// generation.
		Key key = new Key(this.pages.generation(), query);
		if (this.seen.getAndSet(key.generation()) != key.generation()) {
			this.counts.invalidateAll();
		}
		List<TimelineRepository.FacetRow> rows = this.counts.getIfPresent(key);
		if (rows == null) {
			rows = List.copyOf(count.get());
			if (this.pages.generation() == key.generation()) {
				this.counts.put(key, rows);
			}
		}
		return rows;
	}

	/** How many filter combinations are kept (for tests). */
	long size() {
		this.counts.cleanUp();
		return this.counts.estimatedSize();
	}

	private static int weight(Key key, List<TimelineRepository.FacetRow> rows) {
		long bytes = OVERHEAD + 2L * String.valueOf(key.query()).length();
		for (TimelineRepository.FacetRow row : rows) {
			bytes += ROW_OVERHEAD + length(row.facet()) + length(row.code()) + length(row.lv()) + length(row.en())
					+ length(row.nameLv()) + length(row.nameEn());
		}
		return (int) Math.min(Integer.MAX_VALUE, bytes);
	}

	private static long length(String text) {
		return (text != null) ? 40 + 2L * text.length() : 0;
	}

	private record Key(long generation, TimelineQuery query) {

	}

}
