package se.regionrum.platform;

/**
 * One problem found in an uploaded file, named so that the user can find it: row (1 = header
 * line of a CSV, or feature number of a GeoJSON file; 0 = the file as a whole) and column or
 * property. The message is a message-bundle key with its arguments.
 */
public record ImportProblem(int row, String column, String messageKey, Object... arguments) {

	public static ImportProblem ofFile(String messageKey, Object... arguments) {
		return new ImportProblem(0, null, messageKey, arguments);
	}

}
