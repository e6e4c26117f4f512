package lv.mfa.registry.project;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.shared.text.LocalizedText;

/**
 * A project partner: an organisation from a country, possibly the lead partner. Partners
 * are named as the source names them rather than linked to {@code Organisation}: most
 * appear in one project only.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "project_partner")
public class Partner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Project project;

	private int position;

	@Embedded
	private LocalizedText name;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	private Country country;

	private boolean lead;

	protected Partner() {
	}

	Partner(Project project, int position, LocalizedText name, Country country, boolean lead) {
		this.project = project;
		this.position = position;
		this.name = name;
		this.country = country;
		this.lead = lead;
	}

	/** Changes the partner in place (its position stays). */
	public void change(LocalizedText name, Country country, boolean lead) {
		this.name = name;
		this.country = country;
		this.lead = lead;
	}

	public Long getId() {
		return this.id;
	}

	public Project getProject() {
		return this.project;
	}

	public int getPosition() {
		return this.position;
	}

	public LocalizedText getName() {
		return this.name;
	}

	public Country getCountry() {
		return this.country;
	}

	public boolean isLead() {
		return this.lead;
	}

}
