package se.regionrum.dialogue.meeting;

import java.util.Map;

import se.regionrum.dialogue.series.Series;

/**
 * The registration part of a meeting's page (the rules, places left, why registration is closed,
 * the organiser's figures and the empty form), as model attributes. The registration feature
 * implements it: it builds on meetings, so the meeting feature asks through this port instead of
 * depending on it.
 */
public interface RegistrationPanel {

	/**
	 * @param series the meeting's series, read once by the page, or {@code null}
	 * @param canEdit whether the current user organises the meeting (and sees its figures)
	 */
	Map<String, Object> attributes(Meeting meeting, Series series, boolean canEdit);

}
