/**
 * How far each priority of a presidency got: its tasks' done and planned entries, a
 * progress measure, and the page of one priority with its working groups, events and
 * projects.
 */
@ApplicationModule(allowedDependencies = { "event", "presidency", "priority", "project", "shared", "workinggroup" })
package lv.mfa.registry.progress;

import org.springframework.modulith.ApplicationModule;
