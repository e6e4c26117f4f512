set search_path=registry;
explain (analyze, costs off) with q as (select registry_fold('cilveku tirdznieciba') as text, to_tsquery('simple', registry_fold('cilveku:* & tirdznieciba:*')) as query)
select e.id, ts_rank(e.search_vector, q.query) + word_similarity(q.text, e.search_title) as rank from event e, q where e.publication='PUBLISHED' and (e.search_vector @@ q.query or q.text <% e.search_title) order by rank desc limit 50;
select pg_size_pretty(pg_relation_size('event')), pg_size_pretty(pg_total_relation_size('event'));
