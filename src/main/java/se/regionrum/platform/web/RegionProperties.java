package se.regionrum.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The region this installation serves, as named in the header. Another region is another
 * configuration and data set, never another build.
 */
@ConfigurationProperties("regionrum.region")
record RegionProperties(String name, String contactEmail) {

	RegionProperties {
		name = name == null || name.isBlank() ? "Regionrum" : name;
	}

}
