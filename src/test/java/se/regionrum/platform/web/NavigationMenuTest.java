package se.regionrum.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;

class NavigationMenuTest {

	static final NavigationItem INDICATORS = new NavigationItem(NavigationGroup.INDICATORS, "indicators", "/indicators", 68, false);

	static final NavigationItem FLOWS = new NavigationItem(NavigationGroup.INDICATORS, "flows", "/indicators/flows", 69, false);

	static final NavigationItem MAP = new NavigationItem(NavigationGroup.ACTORS, "map", "/map", 40, false);

	static final NavigationItem PEOPLE = new NavigationItem(NavigationGroup.ACTORS, "people", "/people", 20, true);

	static final NavigationItem MAPS = new NavigationItem(NavigationGroup.FOLLOWUP, "maps", "/maps", 84, false);

	final NavigationMenu menu = new NavigationMenu(List.of(MAPS, FLOWS, INDICATORS, MAP, PEOPLE));

	@Test
	void groupsAreInTheirOrderAndItemsInTheirsWithinAGroup() {
		List<NavigationMenu.Group> groups = menu.groups(true, "/");
		assertThat(groups).extracting(NavigationMenu.Group::id).containsExactly("nav-actors", "nav-indicators", "nav-followup");
		assertThat(groups.get(0).links()).extracting(link -> link.item().messageKey()).containsExactly("people", "map");
	}

	@Test
	void visitorsDoNotSeeItemsForSignedInUsersAndEmptyGroupsGo() {
		NavigationMenu onlyPeople = new NavigationMenu(List.of(PEOPLE, MAPS));
		assertThat(onlyPeople.groups(false, "/")).extracting(NavigationMenu.Group::id).containsExactly("nav-followup");
	}

	@Test
	void theLongestPathOnASegmentBoundaryOwnsThePage() {
		List<NavigationMenu.Group> groups = menu.groups(true, "/indicators/flows/import");
		NavigationMenu.Group indicators = groups.get(1);
		assertThat(indicators.current()).isTrue();
		assertThat(indicators.links()).extracting(NavigationMenu.Link::current).containsExactly(false, true);
		assertThat(NavigationMenu.currentItem(List.of(MAP, MAPS), "/maps/2")).isEqualTo(MAPS);
		assertThat(NavigationMenu.currentItem(List.of(MAP, MAPS), "/map")).isEqualTo(MAP);
		assertThat(NavigationMenu.currentItem(List.of(MAP, MAPS), "/mapping")).isNull();
		assertThat(menu.groups(true, "/")).noneMatch(NavigationMenu.Group::current);
	}

}
