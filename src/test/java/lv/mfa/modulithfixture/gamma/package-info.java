@ApplicationModule(allowedDependencies = "beta")
package lv.mfa.modulithfixture.gamma;

import org.springframework.modulith.ApplicationModule;
