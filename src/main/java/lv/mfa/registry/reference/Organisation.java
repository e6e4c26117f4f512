package lv.mfa.registry.reference;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import lv.mfa.registry.shared.LocalizedText;

/**
 * An intergovernmental council, network, foreign authority or NGO: CBSS (BJVP), VASAB,
 * the CBSS Secretariat…
 */
@Entity
public class Organisation {

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

	protected Organisation() {
	}

	public Organisation(String code, LocalizedText acronym, LocalizedText name, Country country) {
		this.code = code;
		this.acronym = acronym;
		this.name = name;
		this.country = country;
	}

	/** Changes the organisation's code, names and country. */
	public void change(String code, LocalizedText acronym, LocalizedText name, Country country) {
		this.code = code;
		this.acronym = acronym;
		this.name = name;
		this.country = country;
	}

	public long getVersion() {
		return this.version;
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

	public LocalizedText getName() {
		return this.name;
	}

	public Country getCountry() {
		return this.country;
	}

}
