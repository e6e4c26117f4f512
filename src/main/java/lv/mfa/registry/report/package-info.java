/**
 * The informative report and the half-year progress report of a presidency, generated
 * from its published records as a preview page and as HTML, PDF and DOCX documents in
 * Latvian or English.
 */
@ApplicationModule(allowedDependencies = { "event", "presidency", "priority", "reference", "shared", "workinggroup" })
package lv.mfa.registry.report;

import org.springframework.modulith.ApplicationModule;
