/** Who may do what: sign-in, roles, security headers. */
@ApplicationModule(allowedDependencies = { "reference", "reference::usage", "shared", "shared::form" })
package lv.mfa.registry.security;

import org.springframework.modulith.ApplicationModule;
