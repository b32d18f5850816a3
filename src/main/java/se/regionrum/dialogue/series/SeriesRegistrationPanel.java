package se.regionrum.dialogue.series;

import java.util.Map;

/**
 * The series page's meetings and registration part (places left per meeting and for the series,
 * whether it is open, the empty form), as model attributes. The registration feature implements
 * it: it builds on series and meetings, so the series feature asks through this port instead of
 * depending on them.
 */
public interface SeriesRegistrationPanel {

	Map<String, Object> attributes(Series series);

}
