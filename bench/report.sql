-- A presidency whose Latvian informative report runs to about 100 A4 pages: 620 published events (Latvian texts of
-- the demo's length, three priorities, the demo's working groups and institutions), for bench/report.sh.
-- Idempotent: the presidency 'bench-report' is replaced. Run with: psql -v ON_ERROR_STOP=1 -f report.sql <database>
set search_path = registry;
\set events 620

delete from event where presidency_id in (select id from presidency where slug = 'bench-report');
delete from priority where presidency_id in (select id from presidency where slug = 'bench-report');
delete from presidency where slug = 'bench-report';

insert into presidency (slug, organisation_id, country_code, ordinal, period_start, period_end, introduction_lv,
                        committee_narrative_lv, other_directions_lv, publication)
select 'bench-report', o.id, 'LV', 99, date '2030-07-01', date '2031-06-30',
       'Ievads ar garumzīmēm: ā č ē ģ ī ķ ļ ņ š ū ž. ' || repeat('Prezidentūras mērķi un darba gaita. ', 30),
       repeat('Vecāko amatpersonu komitejas darbs. ', 20), repeat('Citi darba virzieni. ', 20), 'PUBLISHED'
from organisation o where o.code = 'CBSS';

insert into priority (presidency_id, number, title_lv, title_en, narrative_lv)
select p.id, n, 'Prioritāte ' || n, 'Priority ' || n, repeat('Prioritātes apraksts. ', 40)
from presidency p, generate_series(1, 3) n where p.slug = 'bench-report';

insert into event (key, presidency_id, start_date, end_date, city_lv, city_en, country_code, type, status,
                   title_lv, title_en, results_lv, priority_id, working_group_id, publication)
select 'bench-report-' || g, p.id, date '2030-07-01' + (g * 364 / :events), date '2030-07-01' + (g * 364 / :events) + (g % 3),
       'Rīga', 'Riga', 'LV', 'CONFERENCE', 'HELD',
       'Starptautiska konference “Ilgtspējīga attīstība Baltijas jūras reģionā” Nr. ' || g,
       'International conference on sustainable development no. ' || g,
       'Diskusijas par reģiona sadarbību, ilgtspējīgu attīstību un kultūras mantojumu; pieņemts kopīgs paziņojums,'
           || ' dalībnieki vienojās par turpmākajiem soļiem un nākamo tikšanos.',
       (select id from priority where presidency_id = p.id order by number offset (g % 3) limit 1),
       (select id from working_group order by id offset (g % 5) limit 1), 'PUBLISHED'
from generate_series(0, :events - 1) g, presidency p
where p.slug = 'bench-report';

insert into event_organiser (event_id, institution_id)
select e.id, (select id from institution order by id offset (e.id % 3) limit 1)
from event e join presidency p on p.id = e.presidency_id where p.slug = 'bench-report';

analyze event;
