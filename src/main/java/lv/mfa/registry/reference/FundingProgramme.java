package lv.mfa.registry.reference;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import lv.mfa.registry.shared.text.LocalizedText;

/** Who pays for a project: the CBSS Project Support Facility, the EU's ISEC programme… */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
public class FundingProgramme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Embedded
	private LocalizedText name;

	@Version
	private long version;

	protected FundingProgramme() {
	}

	public FundingProgramme(String code, LocalizedText name) {
		this.code = code;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public LocalizedText getName() {
		return this.name;
	}

}
