package se.regionrum.analysis.dataset;

import java.util.Locale;

/** A kind of commercial service the analysis measures access to (groceries, pharmacy …), kept as data. */
public record ServiceType(String code, String nameSv, String nameEn, int sortOrder) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameSv;
	}

}
