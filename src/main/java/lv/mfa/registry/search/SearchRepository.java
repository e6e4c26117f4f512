package lv.mfa.registry.search;

import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.hibernate.Session;

import org.springframework.stereotype.Repository;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.workinggroup.WorkingGroup;

/**
 * The search query (one statement over the four record types, using the V2 indexes) and
 * the loading of the records found (one statement per type).
 */
@Repository
class SearchRepository {

	/**
	 * A priority's texts before and after its task table (V12), folded as its stored
	 * {@code search_vector} is: worked out in the query because a presidency has a few
	 * priorities, not thousands, so no stored column or index is needed for them.
	 */
	private static final String PRIORITY_TASK_TEXTS = " to_tsvector('simple', registry_fold("
			+ "coalesce(r.before_tasks_lv, '') || ' ' || coalesce(r.before_tasks_en, '') || ' ' ||"
			+ " coalesce(r.after_tasks_lv, '') || ' ' || coalesce(r.after_tasks_en, ''))) ";

	/**
	 * Ranked ids of published records: full-text match on the folded text (prefixes of
	 * each word), or a close trigram word similarity of the folded title for
	 * misspellings. Events, the one type that grows, are ranked within a candidate set:
	 * at most {@code :candidates} full-text matches found through the GIN index, and only
	 * when these are fewer than {@code :limit}, trigram matches too; so ranking costs the
	 * same with 20,000 matches as with 200.
	 */
	private static final String SEARCH = """
			with q as (select registry_fold(:text) as text, to_tsquery('simple', registry_fold(:tsquery)) as query),
			event_text as materialized (
			  select e.id from event e left join presidency s on s.id = e.presidency_id, q
			  where e.publication = 'PUBLISHED' and (s.id is null or s.publication = 'PUBLISHED')
			    and e.search_vector @@ q.query
			  limit :candidates),
			event_similar as (
			  select e.id from event e left join presidency s on s.id = e.presidency_id, q
			  where (select count(*) from event_text) < :limit
			    and e.publication = 'PUBLISHED' and (s.id is null or s.publication = 'PUBLISHED')
			    and q.text <% e.search_title
			  limit :candidates),
			event_candidates as (select id from event_text union select id from event_similar)
			select kind, id, rank from (
			  select 'EVENT' as kind, e.id, ts_rank(e.search_vector, q.query)
			         + word_similarity(q.text, e.search_title) as rank
			  from event_candidates c join event e on e.id = c.id, q
			  union all
			  select 'PROJECT', p.id, ts_rank(p.search_vector, q.query)
			         + word_similarity(q.text, p.search_title)
			  from project p, q
			  where p.publication = 'PUBLISHED'
			    and (p.search_vector @@ q.query or q.text <% p.search_title)
			  union all
			  select 'WORKING_GROUP', w.id, ts_rank(w.search_vector, q.query)
			         + word_similarity(q.text, w.search_title)
			  from working_group w, q
			  where w.publication = 'PUBLISHED'
			    and (w.search_vector @@ q.query or q.text <% w.search_title)
			  union all
			  select 'PRIORITY', r.id, ts_rank(r.search_vector || t.vector, q.query)
			         + word_similarity(q.text, r.search_title)
			  from priority r join presidency s on s.id = r.presidency_id, q,
			    lateral (select """ + PRIORITY_TASK_TEXTS + """
			 as vector) t
			  where s.publication = 'PUBLISHED'
			    and ((r.search_vector || t.vector) @@ q.query or q.text <% r.search_title)
			) hits
			order by rank desc, kind, id
			limit :limit
			""";

	/** How many matching events at most are ranked. */
	static final int CANDIDATES = 400;

	private final EntityManager entityManager;

	SearchRepository(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The word of the published texts (their folded search vectors) most similar to this
	 * folded word, itself when a text holds it, or null when none is similar enough.
	 */
	private static final String SIMILAR_WORD = """
			select word from ts_stat($$
			  select search_vector from event where publication = 'PUBLISHED'
			  union all select search_vector from project where publication = 'PUBLISHED'
			  union all select search_vector from working_group where publication = 'PUBLISHED'
			  union all select r.search_vector || """ + PRIORITY_TASK_TEXTS + """
			 from priority r join presidency s on s.id = r.presidency_id
			    where s.publication = 'PUBLISHED'$$)
			where word % :word
			order by word = :word desc, similarity(word, :word) desc, nentry desc, word
			limit 1
			""";

	String similarWord(String foldedWord) {
		List<?> words = this.entityManager.createNativeQuery(SIMILAR_WORD)
			.setParameter("word", foldedWord)
			.getResultList();
		return words.isEmpty() ? null : (String) words.get(0);
	}

	/** One record found: its type ({@code EVENT}, {@code PROJECT}…), id and rank. */
	record Found(String kind, long id, double rank) {
	}

	/** The records matching, best first. */
	List<Found> search(String text, String tsquery, int limit) {
		List<Tuple> rows = this.entityManager.createNativeQuery(SEARCH, Tuple.class)
			.setParameter("text", text)
			.setParameter("tsquery", tsquery)
			.setParameter("limit", limit)
			.setParameter("candidates", CANDIDATES)
			.getResultList();
		return rows.stream()
			.map((row) -> new Found(row.get("kind", String.class), row.get("id", Number.class).longValue(),
					row.get("rank", Number.class).doubleValue()))
			.toList();
	}

	/*
	 * The records found, by id: Hibernate's loader by ids reuses one translated statement
	 * (a query with a list parameter would be translated anew on every search), and loads
	 * no association a hit does not show (an event's presidency row carries the
	 * presidency's long report texts, fifty times over).
	 */

	List<Event> events(List<Long> ids) {
		return found(Event.class, ids);
	}

	List<Project> projects(List<Long> ids) {
		return found(Project.class, ids);
	}

	List<WorkingGroup> workingGroups(List<Long> ids) {
		return found(WorkingGroup.class, ids);
	}

	/** Priorities, their presidency (slug and period) following in one statement. */
	List<Priority> priorities(List<Long> ids) {
		return found(Priority.class, ids);
	}

	private <T> List<T> found(Class<T> type, List<Long> ids) {
		return this.entityManager.unwrap(Session.class)
			.findMultiple(type, ids)
			.stream()
			.filter(Objects::nonNull)
			.toList();
	}

}
