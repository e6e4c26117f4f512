package lv.mfa.registry.search;

import java.util.List;

/**
 * One ranked result: what it is, where it leads, its title and an excerpt with the
 * matches marked.
 */
record SearchHit(String kind, String url, String language, List<Highlighter.Segment> title,
		List<Highlighter.Segment> excerpt, String excerptLanguage, String context) {

}
