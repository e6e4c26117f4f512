/**
 * One search box over events, projects, working groups and priorities, in both languages,
 * forgiving of missing diacritics: PostgreSQL full-text search over unaccented text, with
 * trigram similarity for near misses.
 */
package lv.mfa.registry.search;
