/**
 * Declares that it uses no other module, yet {@link lv.mfa.modulithfixture.alpha.Alpha}
 * uses {@code beta}.
 */
@ApplicationModule(allowedDependencies = {})
package lv.mfa.modulithfixture.alpha;

import org.springframework.modulith.ApplicationModule;
