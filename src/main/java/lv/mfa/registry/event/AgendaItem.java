package lv.mfa.registry.event;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import lv.mfa.registry.shared.text.LocalizedText;

/** A slot of an event's agenda: a day, a time, a title, where and who speaks. */
@Entity
@Audited
public class AgendaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Event event;

	private int position;

	private LocalDate day;

	private LocalTime startTime;

	private LocalTime endTime;

	@Embedded
	private LocalizedText title;

	@Embedded
	private LocalizedText venue;

	@Embedded
	private LocalizedText speakers;

	protected AgendaItem() {
	}

	AgendaItem(Event event, int position, LocalDate day, LocalTime startTime, LocalTime endTime, LocalizedText title) {
		this.event = event;
		this.position = position;
		this.day = day;
		this.startTime = startTime;
		this.endTime = endTime;
		this.title = title;
	}

	/** Changes the slot in place (its position stays). */
	public void change(LocalDate day, LocalTime startTime, LocalTime endTime, LocalizedText title, LocalizedText venue,
			LocalizedText speakers) {
		this.day = day;
		this.startTime = startTime;
		this.endTime = endTime;
		this.title = title;
		this.venue = venue;
		this.speakers = speakers;
	}

	public Long getId() {
		return this.id;
	}

	public Event getEvent() {
		return this.event;
	}

	public int getPosition() {
		return this.position;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public LocalTime getStartTime() {
		return this.startTime;
	}

	public LocalTime getEndTime() {
		return this.endTime;
	}

	public LocalizedText getTitle() {
		return this.title;
	}

	public LocalizedText getVenue() {
		return this.venue;
	}

	public void setVenue(LocalizedText venue) {
		this.venue = venue;
	}

	public LocalizedText getSpeakers() {
		return this.speakers;
	}

	public void setSpeakers(LocalizedText speakers) {
		this.speakers = speakers;
	}

}
