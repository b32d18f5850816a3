package se.regionrum.analysis.servicepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OsmServiceTagTest {

	@Test
	void mappingIsReadFromItsWrittenForm() {
		assertThat(OsmServiceTag.parse(" shop=supermarket:grocery_full,\namenity=fuel : fuel ,")).containsExactly(
				new OsmServiceTag("shop", "supermarket", "grocery_full"), new OsmServiceTag("amenity", "fuel", "fuel"));
		assertThat(OsmServiceTag.parse("  ")).isEqualTo(OsmServiceTag.defaults());
	}

	@Test
	void anEntryOfAnotherFormIsNamed() {
		assertThatThrownBy(() -> OsmServiceTag.parse("shop=supermarket:grocery_full, amenity:fuel"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amenity:fuel");
		assertThatThrownBy(() -> OsmServiceTag.parse("shop=:x")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> OsmServiceTag.parse("shop=supermarket:")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theApplicationsSettingEqualsTheDefaults() throws Exception {
		String yaml = new String(getClass().getResourceAsStream("/application.yml").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		String mapping = yaml.substring(yaml.indexOf("osm-service-tags: >-") + "osm-service-tags: >-".length(),
				yaml.indexOf("uploads:", yaml.indexOf("osm-service-tags")));
		assertThat(OsmServiceTag.parse(mapping)).isEqualTo(OsmServiceTag.defaults());
	}
}
