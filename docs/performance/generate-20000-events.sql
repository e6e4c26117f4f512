set search_path=registry;

				insert into event (key, presidency_id, start_date, end_date, city_lv, city_en, country_code, type,
				                   status, title_lv, title_en, results_lv, results_en, priority_id, working_group_id,
				                   publication)
				select 'bench-' || g, (select id from presidency where slug='cbss-2018-2019'), date '2018-07-01' + (g % 365), date '2018-07-01' + (g % 365) + (g % 3),
				       (array['Rīga', 'Tallina', 'Viļņa', 'Helsinki'])[1 + g % 4],
				       (array['Riga', 'Tallinn', 'Vilnius', 'Helsinki'])[1 + g % 4],
				       (array['LV', 'EE', 'LT', 'FI'])[1 + g % 4],
				       (array['MEETING', 'CONFERENCE', 'SEMINAR', 'WORKSHOP', 'FORUM'])[1 + g % 5], 'HELD',
				       'Ekspertu sanāksme nr. ' || g || ' par cilvēku tirdzniecību un pilsoniskās sabiedrības lomu',
				       'Expert meeting no. ' || g || ' on trafficking in human beings and the role of civil society',
				       'Dalībnieki apsprieda sadarbību reģionā. ' || repeat('Sīkāks apraksts. ', 10),
				       'Participants discussed co-operation in the region. ' || repeat('More detail. ', 10),
				       (select id from priority where presidency_id = (select id from presidency where slug='cbss-2018-2019') order by number offset (g % 3) limit 1),
				       (select id from working_group order by id offset (g % 5) limit 1), 'PUBLISHED'
				from generate_series(1, 20000) g
				;
insert into event_organiser (event_id, institution_id) select e.id, (select id from institution order by id limit 1) from event e where e.key like 'bench-%';
analyze event; analyze event_organiser;
