package se.regionrum.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CarProfileTest {

	private final CarProfile car = CarProfile.defaults();

	@Test
	void speedByClassLoweredButNotRaisedByMaxspeed() {
		assertThat(car.speedKmh(Map.of("highway", "primary")::get)).isEqualTo(80);
		assertThat(car.speedKmh(Map.of("highway", "primary", "maxspeed", "50")::get)).isEqualTo(50);
		assertThat(car.speedKmh(Map.of("highway", "residential", "maxspeed", "90")::get)).isEqualTo(40);
		assertThat(car.speedKmh(Map.of("highway", "motorway", "maxspeed", "SE:motorway")::get)).isEqualTo(110);
		assertThat(car.speedKmh(Map.of("highway", "primary", "maxspeed", "30 mph")::get)).isCloseTo(48.28, org.assertj.core.data.Offset.offset(0.01));
	}

	@Test
	void closedAndNonRoadWaysAreLeftOut() {
		assertThat(car.speedKmh(Map.of("highway", "footway")::get)).isZero();
		assertThat(car.speedKmh(Map.of("highway", "construction")::get)).isZero();
		assertThat(car.speedKmh(Map.of("highway", "proposed")::get)).isZero();
		assertThat(car.speedKmh(Map.of("highway", "service", "access", "private")::get)).isZero();
		assertThat(car.speedKmh(Map.of("highway", "service", "motor_vehicle", "no")::get)).isZero();
		assertThat(car.speedKmh(Map.of("highway", "pedestrian", "area", "yes")::get)).isZero();
		assertThat(car.speedKmh(Map.of("highway", "residential", "area", "yes")::get)).isZero();
		// the more specific tag wins
		assertThat(car.speedKmh(Map.of("highway", "service", "access", "no", "motorcar", "yes")::get)).isEqualTo(20);
	}

	@Test
	void directions() {
		assertThat(car.direction(Map.of("highway", "residential")::get)).isZero();
		assertThat(car.direction(Map.of("highway", "residential", "oneway", "yes")::get)).isEqualTo(1);
		assertThat(car.direction(Map.of("highway", "residential", "oneway", "-1")::get)).isEqualTo(-1);
		assertThat(car.direction(Map.of("highway", "primary", "junction", "roundabout")::get)).isEqualTo(1);
		assertThat(car.direction(Map.of("highway", "motorway")::get)).isEqualTo(1);
		assertThat(car.direction(Map.of("highway", "motorway", "oneway", "no")::get)).isZero();
	}
}
