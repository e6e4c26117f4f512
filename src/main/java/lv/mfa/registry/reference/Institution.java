package lv.mfa.registry.reference;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import jakarta.persistence.Entity;
import lv.mfa.registry.shared.text.LocalizedText;

/**
 * A ministry or agency of the holding country: it organises events and its staff edit
 * them.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
public class Institution extends NamedBody {

	protected Institution() {
	}

	public Institution(String code, LocalizedText acronym, LocalizedText name, Country country) {
		super(code, acronym, name, country);
	}

}
