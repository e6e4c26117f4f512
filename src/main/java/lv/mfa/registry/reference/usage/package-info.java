/**
 * How the modules that use reference data say so: each implements
 * {@link lv.mfa.registry.reference.usage.ReferenceUsage}, and the reference-data screens
 * ask all of them before deleting a record.
 */
@NamedInterface("usage")
package lv.mfa.registry.reference.usage;

import org.springframework.modulith.NamedInterface;
