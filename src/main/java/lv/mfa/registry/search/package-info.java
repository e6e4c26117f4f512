/**
 * One search box over events, projects, working groups and priorities, in both languages,
 * forgiving of missing diacritics: PostgreSQL full-text search over unaccented text, with
 * trigram similarity for near misses.
 */
@ApplicationModule(allowedDependencies = { "event", "presidency", "priority", "project", "shared", "workinggroup" })
package lv.mfa.registry.search;

import org.springframework.modulith.ApplicationModule;
