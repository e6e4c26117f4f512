/**
 * Working groups, expert groups, task forces and networks, and their part in each
 * presidency.
 */
@ApplicationModule(
		allowedDependencies = { "presidency", "priority", "reference", "reference::usage", "shared", "shared::form" })
package lv.mfa.registry.workinggroup;

import org.springframework.modulith.ApplicationModule;
