package se.regionrum.followup.mapcomposer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.dialogue.AgendaItemRef;
import se.regionrum.dialogue.MeetingRef;
import se.regionrum.dialogue.Meetings;
import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * Use cases on composed maps. As for programmes: administrators change every composition,
 * editors those their organisation owns, readers read all, and visitors who are not signed in see
 * published compositions only (404 for the rest).
 */
@Service
public class MapCompositionService {

	static final String AUDIT_TYPE = "map_composition";

	/** More layers make neither a readable map nor a quick page. */
	static final int MAX_LAYERS = 12;

	private final MapCompositionRepository repository;

	private final MapAgendaLinkQueries agendaLinks;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Meetings meetings;

	private final JsonMapper json;

	MapCompositionService(MapCompositionRepository repository, MapAgendaLinkQueries agendaLinks, Permissions permissions,
			AuditLog audit, Meetings meetings, JsonMapper json) {
		this.repository = repository;
		this.agendaLinks = agendaLinks;
		this.permissions = permissions;
		this.audit = audit;
		this.meetings = meetings;
		this.json = json;
	}

	/** The compositions the current user may see whose title contains the text (any case), by title. */
	public List<MapComposition> list(String q) {
		List<MapComposition> all = permissions.isSignedIn() ? repository.findAllByOrderByTitleAsc()
				: repository.findAllByPublishedTrueOrderByTitleAsc();
		if (q == null || q.isBlank()) {
			return all;
		}
		String needle = q.strip().toLowerCase(Locale.ROOT);
		return all.stream().filter(m -> m.title().toLowerCase(Locale.ROOT).contains(needle)).toList();
	}

	public MapComposition get(long id) {
		return repository.findById(id)
			.filter(m -> m.published() || permissions.isSignedIn())
			.orElseThrow(() -> new NotFoundException("Map", id));
	}

	public boolean canEdit(MapComposition map) {
		return permissions.canEdit(map.ownerOrganisationId());
	}

	public boolean mayCreate() {
		return permissions.current().map(u -> u.isAdmin() || (u.role() == Role.EDITOR && u.organisationId() != null))
			.orElse(false);
	}

	/** Administrators and editors (for their own organisation) compose maps; readers do not. */
	public void requireMayCreate() {
		CurrentUser user = permissions.requireSignedIn();
		if (!mayCreate()) {
			throw new AccessDeniedException("Readers compose no maps: " + user.username());
		}
	}

	/** The organisation a new map belongs to by default: the editor's own. */
	public Long defaultOwner() {
		return permissions.current().map(CurrentUser::organisationId).orElse(null);
	}

	public MapComposition requireEditable(long id) {
		MapComposition map = get(id);
		permissions.requireEditorOf(map.ownerOrganisationId());
		return map;
	}

	@Transactional
	public MapComposition create(MapForm form, List<MapRequest.LayerRequest> layers) {
		requireMayCreate();
		permissions.requireEditorOf(form.getOwnerOrganisationId());
		check(form, layers);
		Instant now = Instant.now();
		MapComposition saved = repository.save(new MapComposition(null, null, form.getTitle().strip(),
				clean(form.getSubtitle()), clean(form.getSourceLine()), form.getPaperSize().name(),
				form.getOwnerOrganisationId(), form.isPublished(), now, now, toLayers(layers)));
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	/** Changes the details; the layers stay unless new ones are given. */
	@Transactional
	public MapComposition update(long id, MapForm form, List<MapRequest.LayerRequest> layers) {
		MapComposition before = requireEditable(id);
		permissions.requireEditorOf(form.getOwnerOrganisationId());
		check(form, layers == null ? List.of() : layers);
		MapComposition saved = repository.save(new MapComposition(id, before.version(), form.getTitle().strip(),
				clean(form.getSubtitle()), clean(form.getSourceLine()), form.getPaperSize().name(),
				form.getOwnerOrganisationId(), form.isPublished(), before.createdAt(), Instant.now(),
				layers == null ? before.layers() : toLayers(layers)));
		audit.updated(AUDIT_TYPE, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	@Transactional
	public void delete(long id) {
		MapComposition before = requireEditable(id);
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues());
	}

	@Transactional
	public MapComposition addLayer(long id, LayerKind kind, LayerOptions options) {
		MapComposition before = requireEditable(id);
		if (kind == null) {
			throw new InvalidInputException("kind", "mapcomposer.layer.kind.required");
		}
		if (before.layers().size() >= MAX_LAYERS) {
			throw new InvalidInputException("kind", "mapcomposer.layer.tooMany");
		}
		List<MapLayer> layers = new ArrayList<>(before.layers());
		layers.add(new MapLayer(kind, write(options == null ? LayerOptions.none() : options)));
		return saveLayers(before, layers);
	}

	@Transactional
	public MapComposition removeLayer(long id, int position) {
		MapComposition before = requireEditable(id);
		List<MapLayer> layers = new ArrayList<>(before.layers());
		if (position < 0 || position >= layers.size()) {
			throw new NotFoundException("Map layer", position);
		}
		layers.remove(position);
		return saveLayers(before, layers);
	}

	/** Moves a layer one step up (drawn later, on top) or down. */
	@Transactional
	public MapComposition moveLayer(long id, int position, boolean up) {
		MapComposition before = requireEditable(id);
		List<MapLayer> layers = new ArrayList<>(before.layers());
		int other = up ? position + 1 : position - 1;
		if (position < 0 || position >= layers.size()) {
			throw new NotFoundException("Map layer", position);
		}
		if (other < 0 || other >= layers.size()) {
			return before;
		}
		Collections.swap(layers, position, other);
		return saveLayers(before, layers);
	}

	private MapComposition saveLayers(MapComposition before, List<MapLayer> layers) {
		MapComposition saved = repository.save(before.withLayers(layers, Instant.now()));
		audit.updated(AUDIT_TYPE, before.id(), before.auditValues(), saved.auditValues());
		return saved;
	}

	// Agenda items

	/** The agenda items the map is shown at, with their meetings, that the current user may see. */
	public List<AgendaLink> agendaItems(long id) {
		get(id);
		Map<Long, AgendaItemRef> items = meetings.findAgendaItems(agendaLinks.itemsOf(id));
		Map<Long, MeetingRef> byMeeting = meetings
			.findAll(items.values().stream().map(AgendaItemRef::meetingId).distinct().toList());
		return items.values().stream().filter(i -> byMeeting.containsKey(i.meetingId()))
			.map(i -> new AgendaLink(i, byMeeting.get(i.meetingId()))).toList();
	}

	/** Meetings to choose an agenda item from, newest first. */
	public List<MeetingRef> meetingChoices() {
		return meetings.choosable();
	}

	public List<AgendaItemRef> agendaOf(long meetingId) {
		return meetings.agenda(meetingId);
	}

	@Transactional
	public void attach(long id, long agendaItemId) {
		requireEditable(id);
		if (meetings.findAgendaItems(List.of(agendaItemId)).isEmpty()) {
			throw new InvalidInputException("agendaItemId", "mapcomposer.agenda.unknown");
		}
		if (agendaLinks.add(id, agendaItemId)) {
			audit.event(AUDIT_TYPE, id, AuditAction.UPDATE, "mapcomposer.audit.attached", agendaItemId);
		}
	}

	@Transactional
	public void detach(long id, long agendaItemId) {
		requireEditable(id);
		if (agendaLinks.remove(id, agendaItemId)) {
			audit.event(AUDIT_TYPE, id, AuditAction.UPDATE, "mapcomposer.audit.detached", agendaItemId);
		}
	}

	/** An agenda item a map is attached to, with its meeting. */
	public record AgendaLink(AgendaItemRef item, MeetingRef meeting) {
	}

	// Rules and options

	public List<InvalidInputException> problems(MapForm form, List<MapRequest.LayerRequest> layers) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.getTitle() == null || form.getTitle().isBlank()) {
			problems.add(new InvalidInputException("title", "mapcomposer.title.required"));
		}
		else if (form.getTitle().length() > 300) {
			problems.add(new InvalidInputException("title", "validation.tooLong"));
		}
		if (form.getSubtitle() != null && form.getSubtitle().length() > 500) {
			problems.add(new InvalidInputException("subtitle", "validation.tooLong"));
		}
		if (form.getSourceLine() != null && form.getSourceLine().length() > 500) {
			problems.add(new InvalidInputException("sourceLine", "validation.tooLong"));
		}
		if (form.getOwnerOrganisationId() == null) {
			problems.add(new InvalidInputException("ownerOrganisationId", "mapcomposer.owner.required"));
		}
		if (form.getPaperSize() == null) {
			form.setPaperSize(PaperSize.A4);
		}
		if (layers != null) {
			if (layers.size() > MAX_LAYERS) {
				problems.add(new InvalidInputException("layers", "mapcomposer.layer.tooMany"));
			}
			for (MapRequest.LayerRequest layer : layers) {
				if (layer == null || layer.kind() == null) {
					problems.add(new InvalidInputException("layers", "mapcomposer.layer.kind.required"));
					break;
				}
			}
		}
		return problems;
	}

	private void check(MapForm form, List<MapRequest.LayerRequest> layers) {
		for (InvalidInputException problem : problems(form, layers)) {
			throw problem;
		}
	}

	private List<MapLayer> toLayers(List<MapRequest.LayerRequest> layers) {
		return layers.stream().map(l -> new MapLayer(l.kind(), write(l.options() == null ? LayerOptions.none() : l.options())))
			.toList();
	}

	/** The options of a stored layer; unreadable JSON gives the defaults. */
	public LayerOptions options(MapLayer layer) {
		try {
			return json.readValue(layer.options(), LayerOptions.class);
		}
		catch (RuntimeException ex) {
			return LayerOptions.none();
		}
	}

	String write(LayerOptions options) {
		return json.writeValueAsString(options);
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
