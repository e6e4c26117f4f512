-- Dates as precisely as the source gives them (a day, days, a month, a season, a quarter, a year, or none for
-- ongoing work): the columns keep the SPAN the wording covers, so queries and sorts on them keep working, and a
-- precision column says how to write it back. Existing rows were exact days (or ranges of days).

-- Progress entries: a span end, the precision (undated entries have no span), and the order the coordinator sets.
alter table task_progress alter column entry_date drop not null;
alter table task_progress add column entry_end date;
alter table task_progress add column date_precision varchar(10) not null default 'DAY'
    check (date_precision in ('DAY', 'DAYS', 'MONTH', 'SEASON', 'QUARTER', 'YEAR', 'UNDATED'));
update task_progress set entry_end = entry_date;
alter table task_progress add constraint task_progress_span_check check (
    (date_precision = 'UNDATED' and entry_date is null and entry_end is null)
    or (date_precision <> 'UNDATED' and entry_date is not null and entry_end is not null
        and entry_end >= entry_date));

alter table task_progress add column position integer;
update task_progress p set position = o.n
  from (select id, row_number() over (partition by task_id order by entry_date, id) - 1 as n from task_progress) o
 where o.id = p.id;
alter table task_progress alter column position set not null;
alter table task_progress add constraint task_progress_position_check check (position >= 0);
-- Deferred, so that two entries can swap places in one transaction.
alter table task_progress add constraint task_progress_position_key unique (task_id, position)
    deferrable initially deferred;
drop index task_progress_task_idx;

alter table task_progress_aud add column entry_end date;
alter table task_progress_aud add column date_precision varchar(10);
alter table task_progress_aud add column position integer;

-- Events always have at least a year (one enum for every dated record; events refuse UNDATED).
alter table event add column date_precision varchar(10) not null default 'DAY'
    check (date_precision in ('DAY', 'DAYS', 'MONTH', 'SEASON', 'QUARTER', 'YEAR', 'UNDATED'))
    check (date_precision <> 'UNDATED');
update event set date_precision = 'DAYS' where end_date > start_date;
alter table event_aud add column date_precision varchar(10);

-- Working-group mandates: a precision for each end ("2019.–2022. gadam" is two years).
alter table working_group add column mandate_precision varchar(10) not null default 'DAY'
    check (mandate_precision in ('DAY', 'DAYS', 'MONTH', 'SEASON', 'QUARTER', 'YEAR', 'UNDATED'))
    check (mandate_precision <> 'UNDATED');
alter table working_group_aud add column mandate_precision varchar(10);
