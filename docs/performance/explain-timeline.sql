set search_path=registry;
\set p '(select id from presidency where slug=''cbss-2018-2019'')'
\timing on
-- overview count by month & priority
explain (analyze, buffers, costs off, summary on) select extract(year from start_date), extract(month from start_date), priority_id, count(*) from event where presidency_id=:p and publication='PUBLISHED' group by 1,2,3;
-- timeline page 1
explain (analyze, costs off) select e.* from event e left join priority p on p.id=e.priority_id left join working_group w on w.id=e.working_group_id left join country c on c.code=e.country_code where e.presidency_id=:p and e.publication='PUBLISHED' order by e.start_date, e.end_date, e.id offset 0 limit 25;
-- timeline page 400
explain (analyze, costs off) select e.* from event e left join priority p on p.id=e.priority_id left join working_group w on w.id=e.working_group_id left join country c on c.code=e.country_code where e.presidency_id=:p and e.publication='PUBLISHED' order by e.start_date, e.end_date, e.id offset 9975 limit 25;
-- facet city
explain (analyze, costs off) select city_lv, city_en, count(*) from event e where e.presidency_id=:p and e.publication='PUBLISHED' group by 1,2;
-- organiser facet
explain (analyze, costs off) select o.code, count(*) from event e join event_organiser eo on eo.event_id=e.id join institution o on o.id=eo.institution_id where e.presidency_id=:p and e.publication='PUBLISHED' group by o.code;
-- text count
explain (analyze, costs off) select count(*) from event e where e.presidency_id=:p and e.publication='PUBLISHED' and (registry_fold(title_lv) like registry_fold('%tirdzniecibu%') or registry_fold(title_en) like registry_fold('%tirdzniecibu%') or registry_fold(results_lv) like registry_fold('%tirdzniecibu%'));
-- priority events
explain (analyze, costs off) select e.* from event e left join country c on c.code=e.country_code where e.priority_id=(select id from priority where number=1 and presidency_id=:p) and e.publication='PUBLISHED' order by e.start_date, e.id;
