package se.regionrum.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionrum.analysis.network.WalkingProfileTest.map;

import org.junit.jupiter.api.Test;

class CyclingProfileTest {

	private final CyclingProfile cycling = new CyclingProfile();

	private double speed(String... tags) {
		return cycling.speedKmh(map(tags)::get);
	}

	private int direction(String... tags) {
		return cycling.direction(map(tags)::get);
	}

	@Test
	void speedByClassAndSurface() {
		assertThat(speed("highway", "cycleway")).isEqualTo(18);
		assertThat(speed("highway", "residential")).isEqualTo(18);
		assertThat(speed("highway", "trunk")).isEqualTo(18);
		assertThat(speed("highway", "service")).isEqualTo(15);
		assertThat(speed("highway", "living_street")).isEqualTo(10);
		assertThat(speed("highway", "path")).isEqualTo(14);
		assertThat(speed("highway", "track")).isEqualTo(12);
		// a surface lowers a road's speed but sets that of a path or track, unpaved unless tagged
		assertThat(speed("highway", "residential", "surface", "gravel")).isEqualTo(10);
		assertThat(speed("highway", "living_street", "surface", "asphalt")).isEqualTo(10);
		assertThat(speed("highway", "track", "surface", "asphalt")).isEqualTo(18);
		assertThat(speed("highway", "path", "surface", "sand")).isEqualTo(6);
		assertThat(speed("highway", "cycleway", "surface", "fine_gravel")).isEqualTo(15);
		assertThat(speed("highway", "track", "tracktype", "grade1")).isEqualTo(15);
		assertThat(speed("highway", "track", "tracktype", "grade4")).isEqualTo(10);
		assertThat(speed("highway", "track", "tracktype", "grade4", "surface", "asphalt")).isEqualTo(18);
		assertThat(speed("highway", "cycleway", "surface", "something_else")).isEqualTo(18);
	}

	@Test
	void footwaysAreWalkedWithTheBikeUnlessCyclingIsAllowed() {
		assertThat(speed("highway", "footway")).isEqualTo(5);
		assertThat(speed("highway", "pedestrian")).isEqualTo(5);
		assertThat(speed("highway", "footway", "bicycle", "yes")).isEqualTo(15);
		assertThat(speed("highway", "pedestrian", "bicycle", "yes")).isEqualTo(12);
		assertThat(speed("highway", "footway", "bicycle", "designated", "surface", "gravel")).isEqualTo(10);
		assertThat(speed("highway", "cycleway", "bicycle", "dismount")).isEqualTo(5);
		assertThat(speed("highway", "steps")).isEqualTo(2);
	}

	@Test
	void closedWaysMotorwaysMotorroadsAndBridlewaysWithoutBicycleTag() {
		assertThat(speed("highway", "motorway")).isZero();
		assertThat(speed("highway", "motorway", "bicycle", "yes")).isZero();
		assertThat(speed("highway", "trunk", "motorroad", "yes")).isZero();
		assertThat(speed("highway", "trunk", "motorroad", "yes", "bicycle", "yes")).isEqualTo(18);
		assertThat(speed("highway", "primary", "bicycle", "no")).isZero();
		assertThat(speed("highway", "primary", "bicycle", "use_sidepath")).isZero();
		assertThat(speed("highway", "footway", "bicycle", "no")).isZero();
		assertThat(speed("highway", "steps", "bicycle", "no")).isZero();
		assertThat(speed("highway", "service", "access", "private")).isZero();
		assertThat(speed("highway", "service", "vehicle", "no")).isZero();
		assertThat(speed("highway", "service", "vehicle", "no", "bicycle", "yes")).isEqualTo(15);
		assertThat(speed("highway", "service", "motor_vehicle", "no")).isEqualTo(15);
		assertThat(speed("highway", "bridleway")).isZero();
		assertThat(speed("highway", "bridleway", "bicycle", "yes")).isEqualTo(12);
		assertThat(speed("highway", "residential", "area", "yes")).isZero();
		assertThat(speed("highway", "proposed")).isZero();
	}

	@Test
	void onewayHoldsUnlessCyclistsAreExempt() {
		assertThat(direction("highway", "residential")).isZero();
		assertThat(direction("highway", "residential", "oneway", "yes")).isEqualTo(1);
		assertThat(direction("highway", "residential", "oneway", "-1")).isEqualTo(-1);
		assertThat(direction("highway", "primary", "junction", "roundabout")).isEqualTo(1);
		assertThat(direction("highway", "residential", "oneway", "yes", "oneway:bicycle", "no")).isZero();
		assertThat(direction("highway", "residential", "oneway", "yes", "cycleway", "opposite")).isZero();
		assertThat(direction("highway", "residential", "oneway", "yes", "cycleway:left", "opposite_lane")).isZero();
		assertThat(direction("highway", "cycleway", "oneway:bicycle", "yes")).isEqualTo(1);
		// a bike walked on a footway goes where people on foot go
		assertThat(direction("highway", "footway", "oneway", "yes")).isZero();
		assertThat(direction("highway", "footway", "oneway:foot", "yes")).isEqualTo(1);
	}

	@Test
	void travelModesGiveTheirProfilesAndConnectorSpeeds() {
		assertThat(TravelMode.CAR.profile()).isInstanceOf(CarProfile.class);
		assertThat(TravelMode.WALK.profile()).isInstanceOf(WalkingProfile.class);
		assertThat(TravelMode.BIKE.profile()).isInstanceOf(CyclingProfile.class);
		assertThat(TravelMode.WALK.connectorSpeedKmh()).isEqualTo(5);
		assertThat(TravelMode.BIKE.connectorSpeedKmh()).isEqualTo(15);
		assertThat(TravelMode.CAR.connectorSpeedKmh()).isEqualTo(20);
		assertThat(TravelMode.parse(" Walk")).contains(TravelMode.WALK);
		assertThat(TravelMode.parse("bike")).contains(TravelMode.BIKE);
		assertThat(TravelMode.parse("boat")).isEmpty();
		assertThat(TravelMode.BIKE.code()).isEqualTo("bike");
	}

}
