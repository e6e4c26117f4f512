@ApplicationModule(allowedDependencies = {})
package lv.mfa.modulithfixture.beta;

import org.springframework.modulith.ApplicationModule;
