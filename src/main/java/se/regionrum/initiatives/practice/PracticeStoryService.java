package se.regionrum.initiatives.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.Organisations;
import se.regionrum.initiatives.PracticeCase;
import se.regionrum.initiatives.initiative.Initiative;
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.Permissions;

/**
 * Practice stories belong to their initiative: whoever may change the initiative writes its
 * story; whoever may see the initiative reads it. Practice cases are the initiatives flagged as
 * such, with their stories.
 */
@Service
public class PracticeStoryService {

	static final String AUDIT_TYPE = "practice_story";

	private final PracticeStoryRepository repository;

	private final InitiativeService initiatives;

	private final Organisations organisations;

	private final Permissions permissions;

	private final AuditLog audit;

	private final PracticeCaseQueries queries;

	PracticeStoryService(PracticeStoryRepository repository, InitiativeService initiatives,
			Organisations organisations, Permissions permissions, AuditLog audit, PracticeCaseQueries queries) {
		this.repository = repository;
		this.initiatives = initiatives;
		this.organisations = organisations;
		this.permissions = permissions;
		this.audit = audit;
		this.queries = queries;
	}

	/** The story of an initiative the current user may see, if one has been written. */
	public Optional<PracticeStory> ofInitiative(long initiativeId) {
		initiatives.get(initiativeId);
		return repository.findByInitiativeId(initiativeId);
	}

	/** Writes (creates or replaces) the story of an initiative; an empty story deletes it. */
	@Transactional
	public Optional<PracticeStory> save(long initiativeId, PracticeStoryForm form) {
		initiatives.get(initiativeId);
		initiatives.requireEditorOfInitiative(initiativeId);
		InvalidInputException.throwFirst(problems(form));
		Optional<PracticeStory> before = repository.findByInitiativeId(initiativeId);
		Instant now = Instant.now();
		if (form.isEmpty()) {
			before.ifPresent(story -> {
				repository.delete(story);
				audit.deleted(AUDIT_TYPE, story.id(), story.auditValues());
			});
			return Optional.empty();
		}
		PracticeStory saved = repository.save(new PracticeStory(before.map(PracticeStory::id).orElse(null),
				before.map(PracticeStory::version).orElse(null), initiativeId, clean(form.getChallenge()),
				clean(form.getActions()), clean(form.getParticipants()), clean(form.getObstacles()),
				clean(form.getResults()), clean(form.getLessons()), before.map(PracticeStory::createdAt).orElse(now), now));
		if (before.isPresent()) {
			audit.updated(AUDIT_TYPE, saved.id(), before.get().auditValues(), saved.auditValues());
		}
		else {
			audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		}
		return Optional.of(saved);
	}

	/** Rules beyond the fields' own: the lengths, also for API callers that skip bean validation. */
	public List<InvalidInputException> problems(PracticeStoryForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("challenge", form.getChallenge());
		fields.put("actions", form.getActions());
		fields.put("participants", form.getParticipants());
		fields.put("obstacles", form.getObstacles());
		fields.put("results", form.getResults());
		fields.put("lessons", form.getLessons());
		fields.forEach((field, value) -> {
			if (value != null && value.length() > PracticeStoryForm.MAX) {
				problems.add(new InvalidInputException(field, "validation.tooLong"));
			}
		});
		return problems;
	}

	public boolean canEdit(Initiative initiative) {
		return initiatives.canEdit(initiative);
	}

	// practice cases: the initiatives flagged as such, with their stories (see PracticeCasesAdapter)

	/** All practice cases the current user may see, by title. */
	public List<PracticeCase> practiceCases() {
		return cases(queries.ids(!permissions.isSignedIn()));
	}

	/** The initiative as a practice case, if it is one and the current user may see it. */
	public Optional<PracticeCase> practiceCase(long initiativeId) {
		return cases(queries.ids(initiativeId, !permissions.isSignedIn())).stream().findFirst();
	}

	private List<PracticeCase> cases(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Long>> municipalities = queries.municipalities(ids);
		Set<Long> organisationIds = new HashSet<>();
		municipalities.values().forEach(organisationIds::addAll);
		return queries.cases(ids, municipalities, organisations.names(organisationIds));
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
