/**
 * The public catalogues: funded projects with their filters and partners, and working
 * groups with their meetings and projects.
 */
@ApplicationModule(allowedDependencies = { "event", "project", "reference", "shared", "workinggroup" })
package lv.mfa.registry.catalogue;

import org.springframework.modulith.ApplicationModule;
