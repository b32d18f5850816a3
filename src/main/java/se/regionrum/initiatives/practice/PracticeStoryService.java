package se.regionrum.initiatives.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.Organisations;
import se.regionrum.initiatives.PracticeCase;
import se.regionrum.initiatives.PracticeCases;
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
public class PracticeStoryService implements PracticeCases {

	static final String AUDIT_TYPE = "practice_story";

	private final PracticeStoryRepository repository;

	private final InitiativeService initiatives;

	private final Organisations organisations;

	private final Permissions permissions;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	PracticeStoryService(PracticeStoryRepository repository, InitiativeService initiatives,
			Organisations organisations, Permissions permissions, AuditLog audit, JdbcClient jdbc) {
		this.repository = repository;
		this.initiatives = initiatives;
		this.organisations = organisations;
		this.permissions = permissions;
		this.audit = audit;
		this.jdbc = jdbc;
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
		for (InvalidInputException problem : problems(form)) {
			throw problem;
		}
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

	// PracticeCases, the API for other modules

	@Override
	public List<PracticeCase> all() {
		String sql = "select id from initiative where practice_case = true"
				+ (permissions.isSignedIn() ? "" : " and published = true") + " order by title, id";
		return cases(jdbc.sql(sql).query(Long.class).list());
	}

	@Override
	public Optional<PracticeCase> find(long initiativeId) {
		String sql = "select id from initiative where id = ? and practice_case = true"
				+ (permissions.isSignedIn() ? "" : " and published = true");
		return cases(jdbc.sql(sql).param(initiativeId).query(Long.class).list()).stream().findFirst();
	}

	private List<PracticeCase> cases(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Long>> municipalities = new LinkedHashMap<>();
		Map<Long, List<String>> themes = new LinkedHashMap<>();
		Map<Long, List<String>> removed = new LinkedHashMap<>();
		Set<Long> organisationIds = new HashSet<>();
		jdbc.sql("select initiative, organisation_id from initiative_municipality where initiative in (:ids)")
			.param("ids", ids)
			.query(rs -> {
				municipalities.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
				organisationIds.add(rs.getLong(2));
			});
		jdbc.sql("select initiative, theme from initiative_theme where initiative in (:ids) order by theme")
			.param("ids", ids)
			.query(rs -> {
				themes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		jdbc.sql("""
				select initiative_id, title from obstacle where initiative_id in (:ids) and status = 'REMOVED'
				order by removed_on, id""")
			.param("ids", ids)
			.query(rs -> {
				removed.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, String> names = organisations.names(organisationIds);
		Map<Long, PracticeCase> byId = new LinkedHashMap<>();
		jdbc.sql("""
				select i.id, i.title, i.description, i.owner_organisation_id, i.published, s.challenge, s.actions,
				       s.participants, s.obstacles, s.results, s.lessons
				from initiative i left join practice_story s on s.initiative_id = i.id
				where i.id in (:ids)""")
			.param("ids", ids)
			.query(rs -> {
				long id = rs.getLong(1);
				List<String> places = municipalities.getOrDefault(id, List.of()).stream()
					.map(m -> names.getOrDefault(m, "?"))
					.sorted()
					.toList();
				byId.put(id, new PracticeCase(id, rs.getString(2), rs.getString(3), rs.getLong(4), rs.getBoolean(5),
						places, themes.getOrDefault(id, List.of()), rs.getString(6), rs.getString(7), rs.getString(8),
						rs.getString(9), rs.getString(10), rs.getString(11), removed.getOrDefault(id, List.of())));
			});
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
