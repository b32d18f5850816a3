package se.regionrum.followup.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.regionrum.followup.programme.CostTable;

/**
 * Everything a final report (slutrapport) shows, computed when it is made: the web page and the
 * PDF render this one model with one template.
 */
public record FinalReport(long programmeId, String title, String kind, String summary, String purpose, String goals,
		LocalDate from, LocalDate to, String ownerName, String regionName, Instant generatedAt, ReportOptions options,
		List<Area> areas, int activityCount, CostTable costs, List<PartnerLine> partners, String workingGroup,
		List<String> results, List<MeasuredResult> measured, List<String> lessons, String dissemination,
		Contact contact, List<String> outcomes) {

	public record Area(String name, String description, List<ActivityLine> activities) {
	}

	public record ActivityLine(LocalDate date, String kind, String title, String place, Integer participants,
			String account) {
	}

	public record PartnerLine(String name, String role) {
	}

	/**
	 * A result the report computed: the sentence, where the figure comes from, the day it
	 * describes and when it was computed.
	 */
	public record MeasuredResult(String text, String source, LocalDate asOf, Instant computedAt) {
	}

	public record Contact(String name, String title, String organisation, String email, String phone) {
	}

}
