package se.regionrum.followup.mapcomposer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.regionrum.dialogue.AgendaItemLinks;
import se.regionrum.platform.Permissions;

/** Tells the meeting page which maps are shown at its agenda items: "Karta: title" to the full-screen view. */
@Component
class AgendaItemLinksAdapter implements AgendaItemLinks {

	private final MapAgendaLinkQueries links;

	private final MapCompositionRepository repository;

	private final Permissions permissions;

	private final MessageSource messages;

	AgendaItemLinksAdapter(MapAgendaLinkQueries links, MapCompositionRepository repository, Permissions permissions,
			MessageSource messages) {
		this.links = links;
		this.repository = repository;
		this.permissions = permissions;
		this.messages = messages;
	}

	@Override
	public Map<Long, List<Link>> linksOf(Collection<Long> agendaItemIds) {
		Map<Long, List<Link>> result = new LinkedHashMap<>();
		String prefix = messages.getMessage("mapcomposer.agendaLink", null, "Karta", LocaleContextHolder.getLocale());
		boolean signedIn = permissions.isSignedIn();
		for (long[] pair : links.compositionsOf(agendaItemIds)) {
			Optional<MapComposition> map = repository.findById(pair[1]).filter(m -> signedIn || m.published());
			map.ifPresent(m -> result.computeIfAbsent(pair[0], k -> new ArrayList<>())
				.add(new Link(prefix + ": " + m.title(), "/maps/" + m.id() + "/present")));
		}
		return result;
	}

}
