/**
 * The public overview of a presidency, drawing on priorities, working groups, events and
 * projects.
 */
@ApplicationModule(
		allowedDependencies = { "event", "presidency", "priority", "progress", "project", "shared", "workinggroup" })
package lv.mfa.registry.overview;

import org.springframework.modulith.ApplicationModule;
