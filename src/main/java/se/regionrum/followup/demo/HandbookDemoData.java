package se.regionrum.followup.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
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
import se.regionrum.dialogue.DialogueLookup;
import se.regionrum.dialogue.MeetingRef;
import se.regionrum.followup.handbook.ChapterForm;
import se.regionrum.followup.handbook.ChapterKind;
import se.regionrum.followup.handbook.Handbook;
import se.regionrum.followup.handbook.HandbookForm;
import se.regionrum.followup.handbook.HandbookService;
import se.regionrum.followup.method.WorkingMethod;
import se.regionrum.followup.method.WorkingMethodForm;
import se.regionrum.followup.method.WorkingMethodService;
import se.regionrum.initiatives.PracticeCase;
import se.regionrum.initiatives.PracticeCases;
import se.regionrum.platform.DemoData;
import se.regionrum.platform.SystemUser;

/**
 * Loads the demo method handbook ({@code demo/<dataset>/followup/handbook/handbook.yaml}) once the
 * other modules' demo data (initiatives with their practice stories, meetings and surveys, the
 * programmes of the follow-up demo) is in:
 * methods, a handbook with its chapters, and its first published edition. Meetings, practice
 * cases, surveys and organisations are found by name; a chapter whose source is missing is left
 * out with a warning.
 */
@Component
public class HandbookDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(HandbookDemoData.class);


	private final String dataset;

	private final Organisations organisations;

	private final DialogueLookup dialogue;

	private final PracticeCases practiceCases;

	private final WorkingMethodService methods;

	private final HandbookService handbooks;

	HandbookDemoData(@Value("${regionrum.demo.dataset:dalarna}") String dataset, Organisations organisations,
			DialogueLookup dialogue, PracticeCases practiceCases, WorkingMethodService methods,
			HandbookService handbooks) {
		this.dataset = dataset;
		this.organisations = organisations;
		this.dialogue = dialogue;
		this.practiceCases = practiceCases;
		this.methods = methods;
		this.handbooks = handbooks;
	}

	/** After the dialogue module's demo meetings and surveys (order 50) and the programmes (order 60). */
	@Override
	public int order() {
		return 80;
	}

	@Override
	public boolean holdsNoData() {
		// as the system user, who sees every handbook and method, published or not
		return SystemUser.call(() -> handbooks.list().isEmpty() && methods.list().isEmpty());
	}

	@Override
	public void loadMissing() {
		SystemUser.run(this::load);
	}

	/** Loads the data set's methods and handbooks; returns the handbooks created. */
	@SuppressWarnings("unchecked")
	public List<Handbook> load() {
		ClassPathResource resource = new ClassPathResource("demo/" + dataset + "/followup/handbook/handbook.yaml");
		if (!resource.exists()) {
			log.info("Demo data set '{}' has no followup/handbook/handbook.yaml", dataset);
			return List.of();
		}
		Map<String, Object> data;
		try (InputStream in = resource.getInputStream()) {
			data = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource, ex);
		}
		Map<String, Long> methodIds = new HashMap<>();
		for (Map<String, Object> m : (List<Map<String, Object>>) data.getOrDefault("methods", List.of())) {
			Optional<Long> owner = owner((String) m.get("owner"));
			if (owner.isEmpty()) {
				log.warn("Demo method '{}' skipped: no organisation '{}'", m.get("title"), m.get("owner"));
				continue;
			}
			List<Long> meetingIds = names(m.get("meetings")).stream().map(this::meeting).flatMap(Optional::stream)
				.toList();
			List<Long> caseIds = names(m.get("practiceCases")).stream().map(this::practiceCase)
				.flatMap(Optional::stream).toList();
			WorkingMethodForm form = new WorkingMethodForm(text(m, "title"), owner.get(), text(m, "summary"),
					text(m, "whenToUse"), text(m, "steps"), text(m, "roles"), text(m, "timeNeeded"), text(m, "tips"),
					meetingIds, caseIds);
			form.setProgrammeIds(names(m.get("programmes")).stream().map(handbooks::programmeByName)
				.flatMap(Optional::stream).toList());
			WorkingMethod saved = methods.create(form);
			methodIds.put(text(m, "key"), saved.id());
		}
		List<Handbook> created = new ArrayList<>();
		int editions = 0;
		for (Map<String, Object> h : (List<Map<String, Object>>) data.getOrDefault("handbooks", List.of())) {
			Optional<Long> owner = owner((String) h.get("owner"));
			if (owner.isEmpty()) {
				continue;
			}
			Handbook handbook = handbooks.create(new HandbookForm(text(h, "title"), owner.get(), text(h, "foreword")));
			for (Map<String, Object> c : (List<Map<String, Object>>) h.getOrDefault("chapters", List.of())) {
				chapter(c, methodIds).ifPresentOrElse(form -> handbooks.addChapter(handbook.id(), form),
						() -> log.warn("Demo handbook chapter skipped, its source is missing: {}", c));
			}
			if (Boolean.TRUE.equals(h.get("publish"))) {
				handbooks.publish(handbook.id());
				editions++;
			}
			created.add(handbook);
		}
		log.info("Demo data '{}': {} methods, {} handbooks, {} published editions", dataset, methodIds.size(),
				created.size(), editions);
		return created;
	}

	private Optional<ChapterForm> chapter(Map<String, Object> c, Map<String, Long> methodIds) {
		String title = text(c, "title");
		String body = text(c, "body");
		if (c.containsKey("method")) {
			return Optional.ofNullable(methodIds.get(text(c, "method")))
				.map(id -> new ChapterForm(ChapterKind.METHOD, id, null, null, title, body));
		}
		if (c.containsKey("practiceCase")) {
			return practiceCase(text(c, "practiceCase"))
				.map(id -> new ChapterForm(ChapterKind.PRACTICE_CASE, null, id, null, title, body));
		}
		if (c.containsKey("survey")) {
			return dialogue.surveys().stream().filter(s -> s.title().equals(text(c, "survey"))).findFirst()
				.map(s -> new ChapterForm(ChapterKind.SURVEY_RESULTS, null, null, s.id(), title, body));
		}
		if (c.containsKey("programme")) {
			// the lessons of a programme; as the written text where the programme is not in the data
			Optional<Long> programme = handbooks.programmeByName(text(c, "programme"));
			if (programme.isPresent()) {
				return Optional.of(new ChapterForm(ChapterKind.PROGRAMME_LESSONS, null, null, null, programme.get(), title,
						null));
			}
		}
		return Optional.of(new ChapterForm(ChapterKind.TEXT, null, null, null, title, body));
	}

	private Optional<Long> owner(String name) {
		return name == null ? Optional.empty() : organisations.findByName(name).map(OrganisationRef::id);
	}

	private Optional<Long> meeting(String title) {
		return dialogue.meetings().stream().filter(m -> m.title().equals(title)).map(MeetingRef::id).findFirst();
	}

	private Optional<Long> practiceCase(String title) {
		return practiceCases.all().stream().filter(p -> p.title().equals(title)).map(PracticeCase::initiativeId)
			.findFirst();
	}

	@SuppressWarnings("unchecked")
	private static List<String> names(Object value) {
		return value == null ? List.of() : (List<String>) value;
	}

	private static String text(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value == null ? null : value.toString().strip();
	}

}
