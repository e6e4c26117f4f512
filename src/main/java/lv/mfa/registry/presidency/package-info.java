/** Presidencies: who held which council when, under which coordinating institution. */
@ApplicationModule(allowedDependencies = { "reference", "reference::usage", "shared", "shared::form" })
package lv.mfa.registry.presidency;

import org.springframework.modulith.ApplicationModule;
