package se.regionrum.initiatives.initiative;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import se.regionrum.initiatives.InitiativeStatus;

/** The status change form on the detail page. */
public class StatusForm {

	private InitiativeStatus status;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate changedOn;

	private String note;

	public InitiativeStatus getStatus() {
		return status;
	}

	public void setStatus(InitiativeStatus status) {
		this.status = status;
	}

	public LocalDate getChangedOn() {
		return changedOn;
	}

	public void setChangedOn(LocalDate changedOn) {
		this.changedOn = changedOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
