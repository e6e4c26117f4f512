/**
 * The public timeline of a presidency's events, with combinable filters, each event's
 * page and the calendar feeds (iCalendar).
 */
@ApplicationModule(allowedDependencies = { "event", "presidency", "priority", "reference", "shared", "workinggroup" })
package lv.mfa.registry.timeline;

import org.springframework.modulith.ApplicationModule;
