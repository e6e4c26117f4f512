package lv.mfa.registry.event;

import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import lv.mfa.registry.shared.text.LocalizedText;

/** A document adopted or signed at an event, such as the Jūrmala Declaration. */
@Entity
@Audited
public class EventDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Event event;

	private int position;

	@Embedded
	private LocalizedText title;

	private LocalDate adoptedOn;

	private String url;

	protected EventDocument() {
	}

	EventDocument(Event event, int position, LocalizedText title, LocalDate adoptedOn, String url) {
		this.event = event;
		this.position = position;
		this.title = title;
		this.adoptedOn = adoptedOn;
		this.url = url;
	}

	/** Changes the document in place (its position stays). */
	public void change(LocalizedText title, LocalDate adoptedOn, String url) {
		this.title = title;
		this.adoptedOn = adoptedOn;
		this.url = url;
	}

	public Long getId() {
		return this.id;
	}

	public Event getEvent() {
		return this.event;
	}

	public LocalizedText getTitle() {
		return this.title;
	}

	public LocalDate getAdoptedOn() {
		return this.adoptedOn;
	}

	public String getUrl() {
		return this.url;
	}

}
