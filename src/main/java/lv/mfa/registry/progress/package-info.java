/**
 * How far each priority of a presidency got: its tasks' done and planned entries, a
 * progress measure, and the page of one priority with its working groups, events and
 * projects.
 */
package lv.mfa.registry.progress;
