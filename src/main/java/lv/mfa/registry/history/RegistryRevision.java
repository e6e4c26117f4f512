package lv.mfa.registry.history;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change (Hibernate Envers revision): when, and who made it. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RegistryRevisionListener.class)
public class RegistryRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	private long timestamp;

	private String username;

	public Long getId() {
		return this.id;
	}

	public long getTimestamp() {
		return this.timestamp;
	}

	@Transient
	public Instant getInstant() {
		return Instant.ofEpochMilli(this.timestamp);
	}

	public String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

}
