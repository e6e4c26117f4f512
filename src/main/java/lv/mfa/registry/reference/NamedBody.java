package lv.mfa.registry.reference;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lv.mfa.registry.shared.text.LocalizedText;

/**
 * What organisations and institutions have alike: a code, an acronym and a name in both
 * languages, a country.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@MappedSuperclass
public abstract class NamedBody {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Embedded
	private LocalizedText acronym;

	@Embedded
	private LocalizedText name;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	private Country country;

	@Version
	private long version;

	protected NamedBody() {
	}

	protected NamedBody(String code, LocalizedText acronym, LocalizedText name, Country country) {
		this.code = code;
		this.acronym = acronym;
		this.name = name;
		this.country = country;
	}

	/** Changes the code, names and country (an admin's edit). */
	public void change(String code, LocalizedText acronym, LocalizedText name, Country country) {
		this.code = code;
		this.acronym = acronym;
		this.name = name;
		this.country = country;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public LocalizedText getAcronym() {
		return this.acronym;
	}

	/** The acronym where there is one, else the name: what lists and tables show. */
	public LocalizedText getShortName() {
		return (this.acronym != null && !this.acronym.isEmpty()) ? this.acronym : this.name;
	}

	public LocalizedText getName() {
		return this.name;
	}

	public Country getCountry() {
		return this.country;
	}

	public long getVersion() {
		return this.version;
	}

}
