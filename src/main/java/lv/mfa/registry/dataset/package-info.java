/**
 * Loading data sets (YAML files) into the registry: the demo data at start, and later
 * whole new presidencies.
 */
@ApplicationModule(allowedDependencies = { "event", "presidency", "priority", "project", "reference", "shared",
		"shared::form", "workinggroup" })
package lv.mfa.registry.dataset;

import org.springframework.modulith.ApplicationModule;
