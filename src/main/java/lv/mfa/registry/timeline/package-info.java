/**
 * The public timeline of a presidency's events, with combinable filters, each event's
 * page and the calendar feeds (iCalendar).
 */
package lv.mfa.registry.timeline;
