/**
 * Running the registry as a service: who may read health and metrics, the public page
 * cache's metrics, and start-up work done by one instance at a time.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package lv.mfa.registry.operations;

import org.springframework.modulith.ApplicationModule;
