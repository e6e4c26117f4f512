/** Funded projects and their partners. */
@ApplicationModule(
		allowedDependencies = { "presidency", "priority", "reference", "reference::usage", "shared", "shared::form" })
package lv.mfa.registry.project;

import org.springframework.modulith.ApplicationModule;
