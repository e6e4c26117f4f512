/**
 * Events: meetings, conferences and visits, with their agenda, organisers and documents
 * adopted.
 */
@ApplicationModule(allowedDependencies = { "history", "presidency", "priority", "project", "reference",
		"reference::usage", "security", "shared", "shared::form", "workinggroup" })
package lv.mfa.registry.event;

import org.springframework.modulith.ApplicationModule;
