package lv.mfa.registry.reference;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import lv.mfa.registry.shared.text.LocalizedText;

/** A country by its ISO 3166-1 alpha-2 code. */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
public class Country {

	@Id
	private String code;

	@Embedded
	private LocalizedText name;

	@Version
	private long version;

	protected Country() {
	}

	public Country(String code, LocalizedText name) {
		this.code = code;
		this.name = name;
	}

	public void rename(LocalizedText name) {
		this.name = name;
	}

	public long getVersion() {
		return this.version;
	}

	public String getCode() {
		return this.code;
	}

	public LocalizedText getName() {
		return this.name;
	}

}
