package lv.mfa.registry.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.stereotype.Component;

import lv.mfa.registry.shared.cache.PublicPageCache;

/**
 * The public page cache in the metrics: hits, misses and evictions
 * ({@code cache_gets_total{cache="public_pages"}}, so the hit rate), and the bytes kept
 * against the budget.
 */
@Component
class PageCacheMetrics implements MeterBinder {

	private final PublicPageCache cache;

	PageCacheMetrics(PublicPageCache cache) {
		this.cache = cache;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.cache.cache(), "public_pages");
		Gauge.builder("registry.page.cache.bytes", this.cache, PublicPageCache::weightedSize)
			.description("Bytes of rendered pages kept")
			.baseUnit("bytes")
			.register(registry);
		Gauge.builder("registry.page.cache.budget", this.cache, PublicPageCache::maximumBytes)
			.description("Most bytes of rendered pages kept")
			.baseUnit("bytes")
			.register(registry);
	}

}
