package se.regionrum.followup.dashboard;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One municipality's engagement in the regional development work: counts only, never names of people.
 *
 * @param meetingsHeld meetings held so far that the municipality organised or registered people for
 * @param participants people from the municipality who took part in them (a person at two meetings counts twice)
 * @param registrations registrations from the municipality that are not cancelled or refused
 * @param initiatives initiatives that concern the municipality
 * @param practiceCases practice cases among them
 * @param currentPlans plan types the municipality has a current plan of
 * @param consultationResponses consultation responses the municipality has given
 */
public record EngagementRow(long organisationId, String name, String scbCode, int meetingsHeld, int participants,
		int registrations, int initiatives, int practiceCases, int currentPlans, int consultationResponses) {

	public int value(EngagementMeasure measure) {
		return switch (measure) {
			case SCORE -> score();
			case MEETINGS_HELD -> meetingsHeld;
			case PARTICIPANTS -> participants;
			case REGISTRATIONS -> registrations;
			case INITIATIVES -> initiatives;
			case PRACTICE_CASES -> practiceCases;
			case CURRENT_PLANS -> currentPlans;
			case CONSULTATION_RESPONSES -> consultationResponses;
		};
	}

	/** How many of the seven measures are above zero. */
	@JsonProperty("score")
	public int score() {
		int score = 0;
		for (int v : new int[] { meetingsHeld, participants, registrations, initiatives, practiceCases, currentPlans,
				consultationResponses }) {
			if (v > 0) {
				score++;
			}
		}
		return score;
	}

	/**
	 * Whether the municipality has taken part in the work at all: a dialogue or meeting, a registration, an
	 * initiative or a consultation response. Current plans alone do not count: they are the municipality's
	 * own, not engagement with the region.
	 */
	@JsonProperty("engaged")
	public boolean engaged() {
		return meetingsHeld + participants + registrations + initiatives + practiceCases + consultationResponses > 0;
	}

}
