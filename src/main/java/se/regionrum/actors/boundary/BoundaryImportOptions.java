package se.regionrum.actors.boundary;

/**
 * How to read an uploaded boundary file.
 *
 * @param codeProperty feature property holding the 4-digit SCB municipality code
 * @param nameProperty feature property holding the municipality name (used in reports)
 * @param source who published the boundaries and on what terms; stored with each boundary and
 * shown as attribution wherever the boundaries are shown or exported
 * @param replaceExisting {@code false} keeps boundaries already imported and only adds missing ones
 */
public record BoundaryImportOptions(String codeProperty, String nameProperty, String source,
		boolean replaceExisting) {

	public static final String DEFAULT_CODE_PROPERTY = "id";

	public static final String DEFAULT_NAME_PROPERTY = "kom_namn";

	static final int MAX_SOURCE_LENGTH = 300;

	public BoundaryImportOptions {
		codeProperty = codeProperty == null || codeProperty.isBlank() ? DEFAULT_CODE_PROPERTY : codeProperty.trim();
		nameProperty = nameProperty == null || nameProperty.isBlank() ? DEFAULT_NAME_PROPERTY : nameProperty.trim();
		source = source == null || source.isBlank() ? null : source.trim();
		if (source != null && source.length() > MAX_SOURCE_LENGTH) {
			source = source.substring(0, MAX_SOURCE_LENGTH);
		}
	}

	public static BoundaryImportOptions defaults(String source) {
		return new BoundaryImportOptions(null, null, source, true);
	}

	BoundaryImportOptions withSourceIfMissing(String fallback) {
		return source != null ? this : new BoundaryImportOptions(codeProperty, nameProperty, fallback, replaceExisting);
	}

}
