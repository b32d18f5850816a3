package se.regionrum.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The development initiatives that issues (sakfrågor) link to, named without the strategy
 * module depending on the initiatives module (which depends on it): the initiatives module
 * provides the implementation. Only initiatives the current visitor may see are returned.
 */
public interface InitiativeDirectory {

	List<Option> linkable();

	Map<Long, String> titles(Collection<Long> initiativeIds);

	record Option(long id, String title) {
	}

}
