-- Public browsing: diacritics-insensitive full-text and trigram search, indexes for the timeline's filters.
-- unaccent and pg_trgm live in the registry's own schema so they resolve with the application's search_path
-- (registry); where a database already has them in another schema they are moved here (both are relocatable).
do $$
declare
    ext text;
    current_schema_name text;
begin
    foreach ext in array array['unaccent', 'pg_trgm'] loop
        select n.nspname into current_schema_name
            from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = ext;
        if current_schema_name is null then
            execute format('create extension %I with schema registry', ext);
        elsif current_schema_name <> 'registry' then
            execute format('alter extension %I set schema registry', ext);
        end if;
    end loop;
end
$$;

-- unaccent() is only stable (its dictionary could change); the registry pins the dictionary, which makes the
-- result immutable, as indexes and generated columns need. Lower case first, then without diacritics:
-- 'Rīga' -> 'riga', 'cilvēku tirdzniecība' -> 'cilveku tirdznieciba'.
create function registry_fold(value text) returns text
    language sql immutable parallel safe strict
    return registry.unaccent('registry.unaccent'::regdictionary, lower(value));

-- The searchable text of each record type, both languages, folded, as a stored tsvector for ranked full-text search
-- (the 'simple' configuration: Latvian has no stemmer in PostgreSQL, and both languages share one document).
alter table event add column search_vector tsvector generated always as (to_tsvector('simple', registry_fold(
    coalesce(title_lv, '') || ' ' || coalesce(title_en, '') || ' ' || coalesce(city_lv, '') || ' ' ||
    coalesce(city_en, '') || ' ' || coalesce(venue_lv, '') || ' ' || coalesce(venue_en, '') || ' ' ||
    coalesce(results_lv, '') || ' ' || coalesce(results_en, '')))) stored;
alter table project add column search_vector tsvector generated always as (to_tsvector('simple', registry_fold(
    coalesce(title_lv, '') || ' ' || coalesce(title_en, '') || ' ' || coalesce(acronym, '') || ' ' ||
    coalesce(description_lv, '') || ' ' || coalesce(description_en, '')))) stored;
alter table working_group add column search_vector tsvector generated always as (to_tsvector('simple', registry_fold(
    code || ' ' || coalesce(name_lv, '') || ' ' || coalesce(name_en, '') || ' ' ||
    coalesce(description_lv, '') || ' ' || coalesce(description_en, '')))) stored;
alter table priority add column search_vector tsvector generated always as (to_tsvector('simple', registry_fold(
    coalesce(title_lv, '') || ' ' || coalesce(title_en, '') || ' ' || coalesce(goal_lv, '') || ' ' ||
    coalesce(goal_en, '') || ' ' || coalesce(narrative_lv, '') || ' ' || coalesce(narrative_en, '')))) stored;

-- The folded title, for trigram similarity with misspelt words (titles only, so similarity stays cheap to compute).
alter table event add column search_title text generated always as (registry_fold(
    coalesce(title_lv, '') || ' ' || coalesce(title_en, '') || ' ' || coalesce(city_lv, '') || ' ' || coalesce(city_en, ''))) stored;
alter table project add column search_title text generated always as (registry_fold(
    coalesce(title_lv, '') || ' ' || coalesce(title_en, '') || ' ' || coalesce(acronym, ''))) stored;
alter table working_group add column search_title text generated always as (registry_fold(
    code || ' ' || coalesce(name_lv, '') || ' ' || coalesce(name_en, ''))) stored;
alter table priority add column search_title text generated always as (registry_fold(
    coalesce(title_lv, '') || ' ' || coalesce(title_en, ''))) stored;

create index event_search_fts_idx on event using gin (search_vector);
create index project_search_fts_idx on project using gin (search_vector);
create index working_group_search_fts_idx on working_group using gin (search_vector);
create index priority_search_fts_idx on priority using gin (search_vector);
create index event_search_trgm_idx on event using gin (search_title gin_trgm_ops);
create index project_search_trgm_idx on project using gin (search_title gin_trgm_ops);
create index working_group_search_trgm_idx on working_group using gin (search_title gin_trgm_ops);
create index priority_search_trgm_idx on priority using gin (search_title gin_trgm_ops);

-- What the timeline's and the catalogue's filters use.
create index event_organiser_event_idx on event_organiser (event_id);
create index project_status_idx on project (publication, status);
create index project_partner_project_idx on project_partner (project_id, country_code);
