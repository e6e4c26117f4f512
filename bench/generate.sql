-- A registry at scale on top of the demo data: 20,000 published events (each with an organiser and a three-item
-- agenda) in the 2018–2019 presidency and 2,000 published projects with three partners each. Idempotent: the
-- generated rows (keys 'bench-…') are replaced. Run with: psql -v ON_ERROR_STOP=1 -f generate.sql <database>
set search_path = registry;
\set events 20000
\set projects 2000

delete from event where key like 'bench-%';
delete from project where key like 'bench-%';

insert into event (key, presidency_id, start_date, end_date, city_lv, city_en, country_code, type, status,
                   title_lv, title_en, results_lv, results_en, priority_id, working_group_id, publication)
select 'bench-' || g, p.id, date '2018-07-01' + (g % 365), date '2018-07-01' + (g % 365) + (g % 3),
       (array['Rīga', 'Tallina', 'Viļņa', 'Helsinki'])[1 + g % 4],
       (array['Riga', 'Tallinn', 'Vilnius', 'Helsinki'])[1 + g % 4],
       (array['LV', 'EE', 'LT', 'FI'])[1 + g % 4],
       (array['MEETING', 'CONFERENCE', 'SEMINAR', 'WORKSHOP', 'FORUM'])[1 + g % 5], 'HELD',
       'Ekspertu sanāksme nr. ' || g || ' par ' || (array['cilvēku tirdzniecību', 'civilo aizsardzību',
           'jūras vidi', 'jauniešu sadarbību', 'kultūras mantojumu'])[1 + g % 5],
       'Expert meeting no. ' || g || ' on ' || (array['trafficking in human beings', 'civil protection',
           'the marine environment', 'youth co-operation', 'cultural heritage'])[1 + g % 5],
       'Dalībnieki apsprieda sadarbību reģionā. ' || repeat('Sīkāks apraksts. ', 10),
       'Participants discussed co-operation in the region. ' || repeat('More detail. ', 10),
       (select id from priority where presidency_id = p.id order by number offset (g % 3) limit 1),
       (select id from working_group order by id offset (g % 5) limit 1), 'PUBLISHED'
from generate_series(1, :events) g, presidency p
where p.slug = 'cbss-2018-2019';

-- Some dates known only approximately, as the demo data has them (issue 9): every 50th event in a year, one in a
-- season and one in a month, so the timeline's counts by span and its "month not known" year are measured too.
update event set date_precision = 'YEAR', start_date = make_date(extract(year from start_date)::int, 1, 1),
       end_date = make_date(extract(year from start_date)::int, 12, 31)
 where key like 'bench-%' and substr(key, 7)::int % 50 = 0;
update event set date_precision = 'SEASON', start_date = date_trunc('month', start_date)::date,
       end_date = (date_trunc('month', start_date) + interval '3 months - 1 day')::date
 where key like 'bench-%' and substr(key, 7)::int % 50 = 1;
update event set date_precision = 'MONTH', start_date = date_trunc('month', start_date)::date,
       end_date = (date_trunc('month', start_date) + interval '1 month - 1 day')::date
 where key like 'bench-%' and substr(key, 7)::int % 50 = 2;

insert into event_organiser (event_id, institution_id)
select e.id, (select id from institution order by id offset (e.id % 3) limit 1)
from event e where e.key like 'bench-%';

insert into agenda_item (event_id, position, day, start_time, end_time, title_lv, title_en, venue_lv, venue_en,
                         speakers_lv, speakers_en)
select e.id, s, e.start_date, time '09:00' + s * interval '2 hours', time '10:30' + s * interval '2 hours',
       'Sesija ' || (s + 1) || ': ziņojumi un diskusija', 'Session ' || (s + 1) || ': reports and discussion',
       'Konferenču zāle ' || (s + 1), 'Conference hall ' || (s + 1),
       'Eksperti no Latvijas, Igaunijas un Lietuvas', 'Experts from Latvia, Estonia and Lithuania'
from event e, generate_series(0, 2) s
where e.key like 'bench-%';

insert into project (key, title_lv, title_en, acronym, start_year, end_year, programme_id, long_term_priority,
                     status, description_lv, description_en, publication)
select 'bench-' || g, 'Projekts nr. ' || g || ' reģionālajai sadarbībai', 'Project no. ' || g || ' for regional co-operation',
       'BENCH' || g, 2014 + g % 8, 2016 + g % 8,
       (select id from funding_programme order by id offset (g % (select count(*) from funding_programme)) limit 1),
       (array['REGIONAL_IDENTITY', 'SUSTAINABLE_PROSPEROUS_REGION', 'SAFE_SECURE_REGION'])[1 + g % 3],
       (array['APPROVED', 'ONGOING', 'COMPLETED'])[1 + g % 3],
       'Projekta apraksts. ' || repeat('Sīkāk. ', 20), 'Project description. ' || repeat('More. ', 20), 'PUBLISHED'
from generate_series(1, :projects) g;

insert into project_partner (project_id, position, name_lv, name_en, country_code, lead)
select p.id, s, 'Partneris ' || s, 'Partner ' || s, (array['LV', 'EE', 'LT'])[1 + s], s = 0
from project p, generate_series(0, 2) s
where p.key like 'bench-%';

-- As autovacuum would soon after a bulk load: statistics and the visibility map (index-only scans rely on it).
vacuum analyze event;
vacuum analyze event_organiser;
vacuum analyze agenda_item;
vacuum analyze project;
vacuum analyze project_partner;
