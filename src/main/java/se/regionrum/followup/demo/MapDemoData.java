package se.regionrum.followup.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.dialogue.AgendaItemRef;
import se.regionrum.dialogue.MeetingRef;
import se.regionrum.dialogue.Meetings;
import se.regionrum.followup.mapcomposer.LayerKind;
import se.regionrum.followup.mapcomposer.LayerOptions;
import se.regionrum.followup.mapcomposer.MapComposition;
import se.regionrum.followup.mapcomposer.MapCompositionService;
import se.regionrum.followup.mapcomposer.MapForm;
import se.regionrum.followup.mapcomposer.MapLayers;
import se.regionrum.followup.mapcomposer.MapRequest;
import se.regionrum.followup.mapcomposer.PaperSize;
import se.regionrum.platform.DemoData;
import se.regionrum.platform.SystemUser;

/**
 * Loads the demo maps of a data set ({@code demo/<dataset>/followup/maps.yaml}) through the map
 * service as the system user, when no map exists yet. A layer whose indicator is not loaded is kept
 * with a warning (it shows plain boundaries until the indicator arrives); a meeting or agenda item
 * that is not found is skipped with a warning. Runs after the other demos (whose data the maps show).
 */
@Component
public class MapDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(MapDemoData.class);


	private final String dataset;

	private final MapCompositionService maps;

	private final MapLayers layers;

	private final Organisations organisations;

	private final Meetings meetings;

	MapDemoData(@Value("${regionrum.demo.dataset:dalarna}") String dataset, MapCompositionService maps,
			MapLayers layers, Organisations organisations, Meetings meetings) {
		this.dataset = dataset;
		this.maps = maps;
		this.layers = layers;
		this.organisations = organisations;
		this.meetings = meetings;
	}

	@Override
	public int order() {
		return 95;
	}

	@Override
	public boolean holdsNoData() {
		// as the system user, who sees every composition, published or not
		return SystemUser.call(() -> maps.list(null).isEmpty());
	}

	@Override
	public void loadMissing() {
		SystemUser.run(this::load);
	}

	/** Loads the maps that do not exist yet (by title); returns how many were created. */
	@SuppressWarnings("unchecked")
	public int load() {
		ClassPathResource resource = new ClassPathResource("demo/" + dataset + "/followup/maps.yaml");
		if (!resource.exists()) {
			return 0;
		}
		Map<String, Object> data;
		try (InputStream in = resource.getInputStream()) {
			data = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		int created = 0;
		for (Map<String, Object> entry : (List<Map<String, Object>>) data.getOrDefault("maps", List.of())) {
			String title = (String) entry.get("title");
			if (maps.list(title).stream().anyMatch(m -> m.title().equals(title))) {
				continue;
			}
			Optional<OrganisationRef> owner = organisations.findByName((String) entry.get("owner"));
			if (owner.isEmpty()) {
				log.warn("Demo map {}: owner {} not found, skipped", title, entry.get("owner"));
				continue;
			}
			MapForm form = new MapForm();
			form.setTitle(title);
			form.setSubtitle((String) entry.get("subtitle"));
			form.setSourceLine((String) entry.get("sourceLine"));
			form.setPaperSize(PaperSize.of((String) entry.get("paperSize")));
			form.setOwnerOrganisationId(owner.get().id());
			form.setPublished(Boolean.TRUE.equals(entry.get("published")));
			List<MapRequest.LayerRequest> layerRequests = new ArrayList<>();
			for (Map<String, Object> layer : (List<Map<String, Object>>) entry.getOrDefault("layers", List.of())) {
				layerRequests.add(layer(title, layer));
			}
			MapComposition saved = maps.create(form, layerRequests);
			created++;
			if (entry.get("agenda") instanceof Map<?, ?> agenda) {
				attach(saved, (String) agenda.get("meeting"), (String) agenda.get("item"));
			}
		}
		log.info("Loaded {} demo maps", created);
		return created;
	}

	private MapRequest.LayerRequest layer(String title, Map<String, Object> layer) {
		LayerKind kind = LayerKind.valueOf((String) layer.get("kind"));
		LayerOptions options = new LayerOptions(null, (String) layer.get("indicatorCode"), integer(layer.get("year")),
				(String) layer.get("status"), null, null, null, (String) layer.get("serviceType"),
				(String) layer.get("measure"), integer(layer.get("minPersons")), null,
				Boolean.TRUE.equals(layer.get("labels")) ? true : null);
		if (options.indicatorCode() != null && layers.indicator(options).isEmpty()) {
			log.warn("Demo map {}: indicator {} is not loaded yet; the layer shows plain boundaries until it is", title,
					options.indicatorCode());
		}
		return new MapRequest.LayerRequest(kind, options);
	}

	private void attach(MapComposition map, String meetingTitle, String itemStart) {
		Optional<MeetingRef> meeting = meetings.choosable().stream().filter(m -> m.title().equals(meetingTitle))
			.findFirst();
		Optional<AgendaItemRef> item = meeting.flatMap(m -> meetings.agenda(m.id()).stream()
			.filter(a -> a.title().startsWith(itemStart)).findFirst());
		if (item.isEmpty()) {
			log.warn("Demo map {}: agenda item {} of {} not found, not attached", map.title(), itemStart, meetingTitle);
			return;
		}
		maps.attach(map.id(), item.get().id());
	}

	private static Integer integer(Object value) {
		return value instanceof Number n ? n.intValue() : null;
	}

}
