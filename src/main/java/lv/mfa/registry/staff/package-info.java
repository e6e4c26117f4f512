/**
 * The staff's start page with its data-quality warnings, and the reference data admins
 * keep: institutions, organisations, countries (deleted only while nothing uses them).
 */
@ApplicationModule(allowedDependencies = { "event", "presidency", "priority", "reference", "reference::usage",
		"security", "shared", "shared::form" })
package lv.mfa.registry.staff;

import org.springframework.modulith.ApplicationModule;
