package lv.mfa.registry.reference;

import jakarta.persistence.Entity;
import lv.mfa.registry.shared.LocalizedText;

/**
 * An intergovernmental council, network, foreign authority or NGO: CBSS (BJVP), VASAB,
 * the CBSS Secretariat…
 */
@Entity
public class Organisation extends NamedBody {

	protected Organisation() {
	}

	public Organisation(String code, LocalizedText acronym, LocalizedText name, Country country) {
		super(code, acronym, name, country);
	}

}
