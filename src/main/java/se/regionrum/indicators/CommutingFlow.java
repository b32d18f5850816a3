package se.regionrum.indicators;

/**
 * People who live in one area and work in another in a year (SCB's commuting statistics).
 *
 * @param homeCode the area people live in (Bostadskommun)
 * @param workCode the area they work in (Arbetsställekommun)
 * @param example an illustrative figure (exempeldata), not a published one
 */
public record CommutingFlow(String homeCode, String workCode, int year, Gender gender, int persons,
		boolean example) {
}
