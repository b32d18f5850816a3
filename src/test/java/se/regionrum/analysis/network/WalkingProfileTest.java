package se.regionrum.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class WalkingProfileTest {

	private final WalkingProfile walking = new WalkingProfile();

	private double speed(String... tags) {
		return walking.speedKmh(map(tags)::get);
	}

	static Map<String, String> map(String... tags) {
		Map<String, String> map = new java.util.HashMap<>();
		for (int i = 0; i < tags.length; i += 2) {
			map.put(tags[i], tags[i + 1]);
		}
		return map;
	}

	@Test
	void footwaysPathsAndOrdinaryRoadsAreWalked() {
		for (String highway : new String[] { "footway", "pedestrian", "path", "track", "cycleway", "bridleway",
				"residential", "living_street", "service", "unclassified", "tertiary", "secondary", "primary", "trunk",
				"trunk_link" }) {
			assertThat(speed("highway", highway)).as(highway).isEqualTo(5);
		}
		assertThat(speed("highway", "steps")).isEqualTo(3);
		assertThat(speed("highway", "path", "sac_scale", "hiking")).isEqualTo(5);
		assertThat(speed("highway", "path", "sac_scale", "demanding_mountain_hiking")).isEqualTo(3);
	}

	@Test
	void motorwaysMotorroadsAndClosedWaysAreNot() {
		assertThat(speed("highway", "motorway")).isZero();
		assertThat(speed("highway", "motorway_link")).isZero();
		assertThat(speed("highway", "trunk", "motorroad", "yes")).isZero();
		assertThat(speed("highway", "construction")).isZero();
		assertThat(speed("highway", "pedestrian", "area", "yes")).isZero();
		assertThat(speed("highway", "footway", "access", "private")).isZero();
		assertThat(speed("highway", "primary", "foot", "no")).isZero();
		assertThat(speed("highway", "primary", "foot", "use_sidepath")).isZero();
		assertThat(speed()).isZero();
	}

	@Test
	void theFootTagOverridesAccessAndMotorroad() {
		assertThat(speed("highway", "service", "access", "no", "foot", "yes")).isEqualTo(5);
		assertThat(speed("highway", "trunk", "motorroad", "yes", "foot", "yes")).isEqualTo(5);
		assertThat(speed("highway", "track", "access", "no", "foot", "permissive")).isEqualTo(5);
		// vehicles kept out say nothing about people on foot
		assertThat(speed("highway", "service", "vehicle", "no", "motor_vehicle", "private")).isEqualTo(5);
	}

	@Test
	void walkingIgnoresOnewayButNotOnewayFoot() {
		assertThat(walking.direction(map("highway", "residential", "oneway", "yes")::get)).isZero();
		assertThat(walking.direction(map("highway", "primary", "junction", "roundabout")::get)).isZero();
		assertThat(walking.direction(map("highway", "footway", "oneway:foot", "yes")::get)).isEqualTo(1);
		assertThat(walking.direction(map("highway", "footway", "oneway:foot", "-1")::get)).isEqualTo(-1);
		assertThat(walking.direction(map("highway", "footway", "oneway:foot", "reversible")::get)).isZero();
	}

}
