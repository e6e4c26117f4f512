-- Tasks and progress entries follow the rule of every other record: what staff save is a draft until a coordinator
-- publishes it. What is already here (the demo data, earlier entries) was public, so it stays published; new rows
-- are drafts unless the application says otherwise.
alter table priority_task add column publication varchar(20) not null default 'PUBLISHED'
    check (publication in ('DRAFT', 'PUBLISHED'));
alter table priority_task alter column publication set default 'DRAFT';
alter table priority_task_aud add column publication varchar(20);

alter table task_progress add column publication varchar(20) not null default 'PUBLISHED'
    check (publication in ('DRAFT', 'PUBLISHED'));
alter table task_progress alter column publication set default 'DRAFT';
alter table task_progress_aud add column publication varchar(20);

-- The public pages count and list published entries of a priority's published tasks.
create index task_progress_published_idx on task_progress (task_id) where publication = 'PUBLISHED';

-- A priority's free text printed before and after its task table (CommonMark, as the narrative).
alter table priority add column before_tasks_lv text;
alter table priority add column before_tasks_en text;
alter table priority add column after_tasks_lv text;
alter table priority add column after_tasks_en text;
alter table priority_aud add column before_tasks_lv text;
alter table priority_aud add column before_tasks_en text;
alter table priority_aud add column after_tasks_lv text;
alter table priority_aud add column after_tasks_en text;
