/**
 * The small toolkit every staff form shares, whichever module owns the record: bilingual
 * fields, the staff's time zone, what still depends on a record before deleting it.
 */
@NamedInterface("form")
package lv.mfa.registry.shared.form;

import org.springframework.modulith.NamedInterface;
