/** A presidency's priorities, their tasks and the progress made on each. */
@ApplicationModule(
		allowedDependencies = { "presidency", "reference", "reference::usage", "security", "shared", "shared::form" })
package lv.mfa.registry.priority;

import org.springframework.modulith.ApplicationModule;
