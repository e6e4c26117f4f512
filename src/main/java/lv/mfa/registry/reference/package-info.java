/**
 * Reference data every presidency shares: countries, organisations, the holding country's
 * institutions, funding programmes.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::form" })
package lv.mfa.registry.reference;

import org.springframework.modulith.ApplicationModule;
