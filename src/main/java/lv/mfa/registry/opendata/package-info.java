/**
 * Open data: a presidency's published events and projects as CSV (UTF-8 with a byte order
 * mark, so spreadsheet programs show ā č ē) and JSON.
 */
@ApplicationModule(
		allowedDependencies = { "event", "presidency", "priority", "project", "reference", "shared", "timeline" })
package lv.mfa.registry.opendata;

import org.springframework.modulith.ApplicationModule;
