-- One-time tokens of staff forms: the first submit of a form claims its token, a second
-- submit of the same page (a double click, a resent request) finds it claimed and is led
-- to what the first one saved instead of saving it again. In the database so that it
-- holds across instances; rows older than a day are removed as new ones arrive.
create table form_token (
    token      uuid primary key,
    created_at timestamp with time zone not null default now(),
    finished   boolean not null default false,
    location   varchar(2000)
);
create index form_token_created_idx on form_token (created_at);
