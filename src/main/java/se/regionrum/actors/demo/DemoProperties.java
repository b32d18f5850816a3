package se.regionrum.actors.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data settings.
 *
 * @param mode {@code if-empty} (default): load when there is no organisation yet; {@code always}:
 * add whatever of the data set is missing; {@code never}
 * @param dataset a folder name under {@code classpath:demo/} (default {@code dalarna}), or a
 * location such as {@code file:/srv/regionrum/demo/}
 */
@ConfigurationProperties("regionrum.demo")
record DemoProperties(Mode mode, String dataset) {

	enum Mode {
		IF_EMPTY, ALWAYS, NEVER
	}

	DemoProperties {
		mode = mode == null ? Mode.IF_EMPTY : mode;
		dataset = dataset == null || dataset.isBlank() ? "dalarna" : dataset.trim();
	}

	/** Where the data set's files are, ending with a slash. */
	String location() {
		String location = dataset.contains(":") ? dataset : "classpath:demo/" + dataset;
		return location.endsWith("/") ? location : location + "/";
	}

}
