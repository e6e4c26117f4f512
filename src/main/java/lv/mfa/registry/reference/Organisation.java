package lv.mfa.registry.reference;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import jakarta.persistence.Entity;
import lv.mfa.registry.shared.text.LocalizedText;

/**
 * An intergovernmental council, network, foreign authority or NGO: CBSS (BJVP), VASAB,
 * the CBSS Secretariat…
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
public class Organisation extends NamedBody {

	protected Organisation() {
	}

	public Organisation(String code, LocalizedText acronym, LocalizedText name, Country country) {
		super(code, acronym, name, country);
	}

}
