package se.regionrum.platform;

import java.util.List;

/**
 * What a module shows on the start page: a heading, a few figures with links and, for modules
 * with places, a GeoJSON URL for the overview map. Modules declare {@link Provider} beans.
 */
public record StartPageSection(int order, String titleKey, String descriptionKey, List<Figure> figures,
		String link) {

	/** A figure; {@code signedInOnly} figures link to pages that need a sign-in and are hidden from others. */
	public record Figure(String labelKey, long value, String link, boolean signedInOnly) {

		public Figure(String labelKey, long value, String link) {
			this(labelKey, value, link, false);
		}

	}

	public interface Provider {

		StartPageSection section();

	}

}
