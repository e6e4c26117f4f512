-- The informative report's own date-and-place line, as the ministry writes it under the report ("05.02.2008, Rīga").
-- Staff type it on the presidency form; it is part of the presidency's history like every other field.
alter table presidency add column report_date_place varchar(200);
alter table presidency_aud add column report_date_place varchar(200);
