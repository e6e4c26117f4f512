-- The statements of an uncached timeline page and a search at 20,000 events (issue 10), after bench/generate.sql:
-- psql -d registry_bench -f docs/performance/explain-issue10.sql
set search_path = registry;
\set p '(select id from presidency where slug = ''cbss-2018-2019'')'
-- the facet statement (every filter count and the total), unfiltered: since issue 10 once per filter combination
-- and commit (TimelineFacetCache), not on every page
explain (analyze, buffers, costs off, summary on)
with base as materialized (select e.id, e.priority_id, e.working_group_id, e.type, e.country_code, e.city_lv, e.city_en, e.start_date
  from event e where e.presidency_id = :p and e.publication = 'PUBLISHED'),
shared as (select b.priority_id, grouping(b.priority_id) as gp, b.working_group_id, grouping(b.working_group_id) as gw,
  b.type, grouping(b.type) as gt, b.country_code, grouping(b.country_code) as gc, grouping(b.city_lv, b.city_en) as gcity,
  b.city_lv, b.city_en, to_char(b.start_date, 'YYYY-MM') as month, grouping(to_char(b.start_date, 'YYYY-MM')) as gm, count(*) as n
  from base b group by grouping sets ((b.priority_id), (b.working_group_id), (b.type), (b.country_code), (b.city_lv, b.city_en),
  (to_char(b.start_date, 'YYYY-MM')), ()))
select s.*, w.code, c.code from shared s left join working_group w on s.gw = 0 and w.id = s.working_group_id
  left join country c on s.gc = 0 and c.code = s.country_code
union all select null, null, null, null, null, null, null, null, null, i.code, i.acronym_lv, null, null, count(*), null, null
  from base b join event_organiser eo on eo.event_id = b.id join institution i on i.id = eo.institution_id
  group by i.code, i.acronym_lv;
-- page 400's ids (index only)
explain (analyze, buffers, costs off, summary on)
select e.id from event e where e.presidency_id = :p and e.publication = 'PUBLISHED'
order by e.start_date, e.end_date, e.id offset 9975 limit 25;
-- the overview's chart counts (kept by the page cache; every request with the page cache off)
explain (analyze, buffers, costs off, summary on)
select extract(year from start_date), extract(month from start_date), priority_id, count(id) from event
where presidency_id = :p and publication = 'PUBLISHED' group by 1, 2, 3 order by 1, 2;
-- search: the 50 events found, with their presidency (before) and without it (after); the presidency's row holds
-- the report's long texts
explain (analyze, buffers, costs off, summary on)
select e.*, p.* from event e left join presidency p on p.id = e.presidency_id where e.id in (select id from event order by id desc limit 50);
explain (analyze, buffers, costs off, summary on)
select e.* from event e where e.id = any (array(select id from event order by id desc limit 50));
