package se.regionrum.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The base map behind every map. Empty tile URL: no base map, only our own layers, which
 * also works offline and sends no visitor's address to a tile server. Used from templates
 * as {@code @mapSettings}.
 */
@ConfigurationProperties("regionrum.map")
public record MapSettings(String tileUrl, String attribution) {

	public MapSettings {
		tileUrl = tileUrl == null ? "" : tileUrl.trim();
		attribution = attribution == null ? "" : attribution.trim();
	}

}
