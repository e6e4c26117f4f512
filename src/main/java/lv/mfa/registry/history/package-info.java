/**
 * The history of every record staff edit (Hibernate Envers): who saved, when, and which
 * fields changed; the revision entity that records who.
 */
@ApplicationModule(allowedDependencies = { "presidency", "priority", "project", "reference", "shared", "shared::form",
		"workinggroup" })
package lv.mfa.registry.history;

import org.springframework.modulith.ApplicationModule;
