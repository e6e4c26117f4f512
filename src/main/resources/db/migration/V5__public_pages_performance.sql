-- Public pages with many events (issue-perf).

-- The timeline's free-text filter: every searchable text of an event, folded once when the row is written rather than
-- on every request, fields separated by U+0001 (which the filter strips from what a visitor types, so a match never
-- spans two fields); a trigram index lets a selective "contains" use the index.
alter table event add column search_text text generated always as (registry_fold(
    coalesce(title_lv, '') || E'\x01' || coalesce(title_en, '') || E'\x01' || coalesce(city_lv, '') || E'\x01' ||
    coalesce(city_en, '') || E'\x01' || coalesce(venue_lv, '') || E'\x01' || coalesce(venue_en, '') || E'\x01' ||
    coalesce(results_lv, '') || E'\x01' || coalesce(results_en, ''))) stored;
create index event_search_text_trgm_idx on event using gin (search_text gin_trgm_ops);

-- A presidency's published events in timeline order, with every column the timeline's filter counts and the overview's
-- chart group by: a page's ids come straight from the index in order (no sort), and the counts read the index alone
-- (an index-only scan: about 80 bytes an event instead of the 1.5 kB row with its texts and search vectors).
create index event_timeline_page_idx on event (presidency_id, publication, start_date, end_date, id)
    include (priority_id, working_group_id, type, country_code, city_lv, city_en);

-- A priority's published events in date order, and their count.
create index event_priority_page_idx on event (priority_id, publication, start_date, id);
