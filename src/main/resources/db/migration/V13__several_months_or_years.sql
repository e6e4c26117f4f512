-- Two more date precisions (issue 9): MONTHS, a span of whole months, for a period the source names ("Dānijas
-- prezidentūras laikā": the next presidency, July 2019 to June 2020), and YEARS, a span of whole years ("2019.–2022.
-- gadā"). The CHECK lists follow the Java enum (EnumCheckConstraintsTests compares them).
alter table task_progress drop constraint task_progress_date_precision_check;
alter table task_progress add constraint task_progress_date_precision_check check (date_precision in
    ('DAY', 'DAYS', 'MONTH', 'MONTHS', 'SEASON', 'QUARTER', 'YEAR', 'YEARS', 'UNDATED'));

alter table event drop constraint event_date_precision_check;
alter table event add constraint event_date_precision_check check (date_precision in
    ('DAY', 'DAYS', 'MONTH', 'MONTHS', 'SEASON', 'QUARTER', 'YEAR', 'YEARS', 'UNDATED'));

alter table working_group drop constraint working_group_mandate_precision_check;
alter table working_group add constraint working_group_mandate_precision_check check (mandate_precision in
    ('DAY', 'DAYS', 'MONTH', 'MONTHS', 'SEASON', 'QUARTER', 'YEAR', 'YEARS', 'UNDATED'));

-- The timeline counts an event in each month its span covers, and one known only by its year under that year, so its
-- counts and month filter read the precision too: the covering index carries it, keeping them index-only scans.
create index event_timeline_span_idx on event (presidency_id, publication, start_date, end_date, id)
    include (priority_id, working_group_id, type, country_code, city_lv, city_en, date_precision);
drop index event_timeline_page_idx;

-- The months (or years) from the first to the last, for the timeline's and the overview's counts by span. A plain
-- generate_series over timestamps is estimated at a thousand rows a call, which made those statements look costly
-- enough for PostgreSQL to compile them with JIT (seconds, for a statement that runs in milliseconds); a function
-- in the select list is not inlined, so its estimate (a presidency's two dozen months) holds.
create function registry_span_slots(first timestamp, last timestamp, years boolean) returns setof timestamp
    language sql immutable strict parallel safe rows 24
    as $$ select generate_series(first, last, case when years then interval '1 year' else interval '1 month' end) $$;
