package se.regionrum.dialogue.survey;

import se.regionrum.platform.InvalidInputException;

/**
 * Bad input to a survey whose message needs values, such as the text of the question that was not
 * answered ("Svara på frågan ”Hur nöjd är du?”."): the platform's exception carries only a key.
 */
public class SurveyInputException extends InvalidInputException {

	private final transient Object[] arguments;

	public SurveyInputException(String field, String messageKey, Object... arguments) {
		super(field, messageKey);
		this.arguments = arguments.clone();
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
