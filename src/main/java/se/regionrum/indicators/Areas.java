package se.regionrum.indicators;

import java.util.List;
import java.util.Optional;

/**
 * Every area a figure can belong to: Sweden's 290 municipalities, its 21 regions, the country, and
 * the areas abroad that commuting reaches. Read-only reference data, independent of the organisation
 * register, so that national files (all 290 municipalities) can be imported into any region's
 * installation.
 */
public interface Areas {

	Optional<Area> find(String code);

	/** Whether the code names a known area. */
	default boolean known(String code) {
		return find(code).isPresent();
	}

	/** Every area, in code order. */
	List<Area> all();

	/** The municipalities of one county, by name. */
	List<Area> municipalitiesOfCounty(String countyCode);

	/**
	 * The county whose municipalities the installation follows: the county of the region in the
	 * organisation register (Dalarna: "20"), or the configured {@code regionrum.region.county-code}; empty
	 * when neither tells.
	 */
	String homeCountyCode();

}
