package se.regionrum.initiatives.initiative;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import se.regionrum.initiatives.InitiativeStatus;

/** The status change form on the detail page. */
public record StatusForm(InitiativeStatus status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate changedOn,
		String note) {

	public static StatusForm empty() {
		return new StatusForm(null, null, null);
	}

}
