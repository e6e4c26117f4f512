package lv.mfa.registry.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.text.StructuredText;
import lv.mfa.registry.workinggroup.WorkingGroup;

@Service
@Transactional(readOnly = true)
class SearchService {

	static final int LIMIT = 50;

	static final int MAX_QUERY = 200;

	private final SearchRepository repository;

	SearchService(SearchRepository repository) {
		this.repository = repository;
	}

	/** At most {@link #LIMIT} published records, best first. */
	List<SearchHit> search(String query, Locale locale) {
		List<String> rawWords = new ArrayList<>();
		for (String word : query.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				rawWords.add(word);
			}
		}
		if (rawWords.isEmpty()) {
			return List.of();
		}
		String tsquery = String.join(" & ", rawWords.stream().map((w) -> w + ":*").toList());
		List<SearchRepository.Found> found = this.repository.search(query, tsquery, LIMIT);
		Map<String, List<Long>> idsByKind = new HashMap<>();
		for (SearchRepository.Found one : found) {
			idsByKind.computeIfAbsent(one.kind(), (k) -> new ArrayList<>()).add(one.id());
		}
		Map<String, Map<Long, Object>> loaded = new HashMap<>();
		load(loaded, "EVENT", idsByKind, this.repository::events, Event::getId);
		load(loaded, "PROJECT", idsByKind, this.repository::projects, Project::getId);
		load(loaded, "WORKING_GROUP", idsByKind, this.repository::workingGroups, WorkingGroup::getId);
		load(loaded, "PRIORITY", idsByKind, this.repository::priorities, Priority::getId);
		List<String> words = Highlighter.words(query);
		List<SearchHit> hits = new ArrayList<>();
		for (SearchRepository.Found one : found) {
			Object record = loaded.getOrDefault(one.kind(), Map.of()).get(one.id());
			if (record != null) {
				hits.add(hit(one.kind(), record, words, locale));
			}
		}
		return hits;
	}

	/**
	 * "Did you mean": the query with each word that no published text holds replaced by
	 * the most similar word that one does (trigram similarity), or null when there is
	 * nothing to suggest.
	 */
	String suggestion(String query) {
		List<String> words = Highlighter.words(query);
		if (words.isEmpty() || words.size() > 5) {
			return null;
		}
		List<String> suggested = new ArrayList<>();
		boolean changed = false;
		for (String word : words) {
			String similar = this.repository.similarWord(word);
			if (similar != null && !similar.equals(word)) {
				suggested.add(similar);
				changed = true;
			}
			else {
				suggested.add(word);
			}
		}
		return changed ? String.join(" ", suggested) : null;
	}

	private static <T> void load(Map<String, Map<Long, Object>> loaded, String kind, Map<String, List<Long>> ids,
			Function<List<Long>, List<T>> loader, Function<T, Long> id) {
		List<Long> wanted = ids.get(kind);
		if (wanted == null) {
			return;
		}
		Map<Long, Object> byId = new HashMap<>();
		for (T record : loader.apply(wanted)) {
			byId.put(id.apply(record), record);
		}
		loaded.put(kind, byId);
	}

	private SearchHit hit(String kind, Object record, List<String> words, Locale locale) {
		if (record instanceof Event event) {
			return hit(kind, "/events/" + event.getId(), event.getTitle(),
					Arrays.asList(event.getResults(), event.getCity(), event.getVenue()), words, locale,
					event.getWhen().listing(locale));
		}
		if (record instanceof Project project) {
			String years = (project.getStartYear() != null) ? String.valueOf(project.getStartYear()) : "";
			return hit(kind, "/projects/" + project.getId(), project.getTitle(), Arrays.asList(project.getDescription(),
					LocalizedText.of(project.getAcronym(), project.getAcronym())), words, locale, years);
		}
		if (record instanceof WorkingGroup group) {
			return hit(kind, "/working-groups/" + group.getCode(), group.getName(),
					Arrays.asList(group.getDescription(), LocalizedText.of(group.getCode(), group.getCode())), words,
					locale, group.getCode());
		}
		Priority priority = (Priority) record;
		return hit(kind, "/presidencies/" + priority.getPresidency().getSlug() + "/priorities/" + priority.getNumber(),
				priority.getTitle(),
				Arrays.asList(priority.getGoal(), priority.getNarrative(), priority.getBeforeTasks(),
						priority.getAfterTasks()),
				words, locale, priority.getPresidency().getPeriodStart().getYear() + "–"
						+ priority.getPresidency().getPeriodEnd().getYear());
	}

	/**
	 * The title in the visitor's language; as excerpt the first text that holds a match:
	 * the other language's title, or a longer text in either language.
	 */
	private static SearchHit hit(String kind, String url, LocalizedText title, List<LocalizedText> others,
			List<String> words, Locale locale, String context) {
		String language = LocalizedText.language(locale);
		String other = LocalizedText.ENGLISH.equals(language) ? LocalizedText.LATVIAN : LocalizedText.ENGLISH;
		String titleText = title.get(locale);
		String excerpt = null;
		String excerptLanguage = null;
		if (!matches(titleText, words)) {
			List<Excerpt> candidates = new ArrayList<>();
			candidates.add(new Excerpt(title.in(other), other));
			for (LocalizedText text : others) {
				if (text != null) {
					// Excerpts are plain text: no CommonMark markup ("- ", "#", "**").
					candidates.add(new Excerpt(StructuredText.plain(text.in(language)), language));
					candidates.add(new Excerpt(StructuredText.plain(text.in(other)), other));
				}
			}
			for (Excerpt candidate : candidates) {
				if (matches(candidate.text(), words)) {
					excerpt = Highlighter.excerpt(candidate.text(), words, 220);
					excerptLanguage = candidate.language();
					break;
				}
			}
		}
		return new SearchHit(kind, url, title.isFallback(locale) ? title.languageFor(locale) : null,
				Highlighter.highlight(titleText, words), Highlighter.highlight(excerpt, words),
				language.equals(excerptLanguage) ? null : excerptLanguage, context);
	}

	/** A text that may hold the excerpt, and its language. */
	private record Excerpt(String text, String language) {
	}

	private static boolean matches(String text, List<String> words) {
		if (text == null) {
			return false;
		}
		String folded = Highlighter.fold(text);
		return words.stream().anyMatch(folded::contains);
	}

}
