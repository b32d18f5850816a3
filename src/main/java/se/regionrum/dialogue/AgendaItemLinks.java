package se.regionrum.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Links that other modules attach to a meeting's agenda items, e.g. a map to show at that point
 * of the meeting. A module that has such links declares a bean of this type; the meeting page asks
 * every bean, so the dialogue module needs to know nothing of the modules that link to it.
 */
public interface AgendaItemLinks {

	/**
	 * The links of the given agenda items that the current user may follow, by agenda item id;
	 * items without links are left out.
	 */
	Map<Long, List<Link>> linksOf(Collection<Long> agendaItemIds);

	/** @param label the whole link text in the reader's language, e.g. "Karta: Service och pendling" */
	record Link(String label, String path) {
	}

}
