package se.regionrum.followup.handbook;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.dialogue.DialogueLookup;
import se.regionrum.followup.method.WorkingMethod;
import se.regionrum.followup.method.WorkingMethodService;
import se.regionrum.initiatives.PracticeCase;
import se.regionrum.initiatives.PracticeCases;
import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.ConflictException;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.OrganisationDirectory;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * Use cases on method handbooks. Signed-in users read drafts; anonymous visitors see published
 * editions only (404 otherwise). Administrators change every handbook, editors those their
 * organisation owns. Publishing freezes the composed handbook as a numbered, dated edition;
 * later edits change the draft only.
 */
@Service
public class HandbookService {

	static final String AUDIT_TYPE = "handbook";

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final HandbookRepository repository;

	private final HandbookEditionRepository editions;

	private final WorkingMethodService methods;

	private final PracticeCases practiceCases;

	private final DialogueLookup dialogue;

	private final OrganisationDirectory organisations;

	private final Permissions permissions;

	private final AuditLog audit;

	private final MessageSource messages;

	private final JsonMapper json;

	private final ProgrammeLessonsQueries programmes;

	private final Clock clock;

	HandbookService(HandbookRepository repository, HandbookEditionRepository editions, WorkingMethodService methods,
			PracticeCases practiceCases, DialogueLookup dialogue, OrganisationDirectory organisations,
			Permissions permissions, AuditLog audit, MessageSource messages, JsonMapper json,
			ProgrammeLessonsQueries programmes, Clock clock) {
		this.programmes = programmes;
		this.repository = repository;
		this.editions = editions;
		this.methods = methods;
		this.practiceCases = practiceCases;
		this.dialogue = dialogue;
		this.organisations = organisations;
		this.permissions = permissions;
		this.audit = audit;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	// reading

	/** Signed-in users: every handbook; anonymous visitors: those with a published edition. */
	public List<HandbookSummary> list() {
		List<HandbookSummary> summaries = new ArrayList<>();
		for (Handbook h : repository.findAllByOrderByTitleAsc()) {
			Optional<HandbookEdition> latest = editions.findFirstByHandbookIdOrderByEditionNumberDesc(h.id());
			if (latest.isEmpty() && !permissions.isSignedIn()) {
				continue;
			}
			summaries.add(new HandbookSummary(h.id(), latest.isPresent() && !permissions.isSignedIn()
					? latest.get().title() : h.title(), h.ownerOrganisationId(), h.chapters().size(),
					latest.map(HandbookEdition::editionNumber).orElse(null),
					latest.map(HandbookEdition::publishedOn).orElse(null),
					latest.map(e -> h.updatedAt().isAfter(e.publishedAt())).orElse(true)));
		}
		return summaries;
	}

	/** The draft, for signed-in users. */
	public Handbook get(long id) {
		Handbook handbook = repository.findById(id).orElseThrow(() -> new NotFoundException("Handbook", id));
		if (!permissions.isSignedIn()) {
			throw new NotFoundException("Handbook", id);
		}
		return handbook;
	}

	public boolean canEdit(Handbook handbook) {
		return permissions.canEdit(handbook.ownerOrganisationId());
	}

	public void requireMayCreate() {
		CurrentUser user = permissions.requireSignedIn();
		if (!user.isAdmin() && !(user.role() == Role.EDITOR && user.organisationId() != null)) {
			throw new AccessDeniedException("Readers create no handbooks");
		}
	}

	/** Published editions, newest first; anyone, but 404 when none is published and the caller is not signed in. */
	public List<HandbookEdition> editions(long id) {
		if (!repository.existsById(id)) {
			throw new NotFoundException("Handbook", id);
		}
		List<HandbookEdition> published = editions.findByHandbookIdOrderByEditionNumberDesc(id);
		if (published.isEmpty() && !permissions.isSignedIn()) {
			throw new NotFoundException("Handbook", id);
		}
		return published;
	}

	public HandbookEdition edition(long id, int number) {
		return editions.findByHandbookIdAndEditionNumber(id, number)
			.orElseThrow(() -> new NotFoundException("Handbook edition", id + "/" + number));
	}

	public HandbookEdition latestEdition(long id) {
		return editions.findFirstByHandbookIdOrderByEditionNumberDesc(id)
			.orElseThrow(() -> new NotFoundException("Handbook edition", id + "/latest"));
	}

	/** What an edition shows, as it was frozen. */
	public EditionContent content(HandbookEdition edition) {
		return json.readValue(edition.content(), EditionContent.class);
	}

	/** The draft as it would be published now, for signed-in users. */
	public EditionContent preview(long id) {
		return compose(get(id), 0, null, false);
	}

	/** Whether the draft changed after the latest edition was published (or none is). */
	public boolean changedSincePublished(Handbook handbook) {
		return editions.findFirstByHandbookIdOrderByEditionNumberDesc(handbook.id())
			.map(e -> handbook.updatedAt().isAfter(e.publishedAt()))
			.orElse(true);
	}

	// changing

	@Transactional
	public Handbook create(HandbookForm form) {
		requireMayCreate();
		permissions.requireEditorOf(form.ownerOrganisationId());
		check(problems(form));
		Instant now = Instant.now();
		Handbook saved = repository.save(new Handbook(null, null, form.title().strip(), clean(form.foreword()),
				form.ownerOrganisationId(), now, now, List.of()));
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public Handbook update(long id, HandbookForm form, Long expectedVersion) {
		Handbook before = requireEditable(id);
		permissions.requireEditorOf(form.ownerOrganisationId());
		check(problems(form));
		return save(before, withVersion(before, expectedVersion).with(form.title().strip(),
				clean(form.foreword()), form.ownerOrganisationId(), before.chapters(), Instant.now()));
	}

	/** The API's whole-draft write: title, owner, foreword and chapters at once, all checked before anything is saved. */
	@Transactional
	public Handbook create(HandbookRequest request) {
		requireMayCreate();
		permissions.requireEditorOf(request.ownerOrganisationId());
		List<HandbookChapter> chapters = checkRequest(request);
		Instant now = Instant.now();
		Handbook saved = repository.save(new Handbook(null, null, request.title().strip(), clean(request.foreword()),
				request.ownerOrganisationId(), now, now, chapters));
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public Handbook replace(long id, HandbookRequest request) {
		Handbook before = requireEditable(id);
		permissions.requireEditorOf(request.ownerOrganisationId());
		List<HandbookChapter> chapters = checkRequest(request);
		return save(before, before.with(request.title().strip(), clean(request.foreword()),
				request.ownerOrganisationId(), chapters, Instant.now()));
	}

	@Transactional
	public Handbook addChapter(long id, ChapterForm form) {
		Handbook before = requireEditable(id);
		check(chapterProblems(form, ""));
		List<HandbookChapter> chapters = new ArrayList<>(before.chapters());
		chapters.add(toChapter(form));
		return save(before, before.with(before.title(), before.foreword(), before.ownerOrganisationId(), chapters,
				Instant.now()));
	}

	@Transactional
	public Handbook updateChapter(long id, int index, ChapterForm form) {
		Handbook before = requireEditable(id);
		requireIndex(before, index);
		check(chapterProblems(form, ""));
		List<HandbookChapter> chapters = new ArrayList<>(before.chapters());
		chapters.set(index, toChapter(form));
		return save(before, before.with(before.title(), before.foreword(), before.ownerOrganisationId(), chapters,
				Instant.now()));
	}

	/** Moves a chapter one place up (delta -1) or down (+1); at either end nothing changes. */
	@Transactional
	public Handbook moveChapter(long id, int index, int delta) {
		Handbook before = requireEditable(id);
		requireIndex(before, index);
		int target = index + Integer.signum(delta);
		if (target < 0 || target >= before.chapters().size()) {
			return before;
		}
		List<HandbookChapter> chapters = new ArrayList<>(before.chapters());
		Collections.swap(chapters, index, target);
		return save(before, before.with(before.title(), before.foreword(), before.ownerOrganisationId(), chapters,
				Instant.now()));
	}

	@Transactional
	public Handbook removeChapter(long id, int index) {
		Handbook before = requireEditable(id);
		requireIndex(before, index);
		List<HandbookChapter> chapters = new ArrayList<>(before.chapters());
		chapters.remove(index);
		return save(before, before.with(before.title(), before.foreword(), before.ownerOrganisationId(), chapters,
				Instant.now()));
	}

	@Transactional
	public void delete(long id) {
		Handbook before = requireEditable(id);
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues());
	}

	/**
	 * Freezes the draft as the next edition, numbered and dated today. Every chapter's source must
	 * still exist; a handbook without chapters is not published. When two people publish the same
	 * handbook at the same moment, the first gets the edition and the other a
	 * {@link ConflictException} (nothing of theirs is saved).
	 */
	@Transactional
	public HandbookEdition publish(long id) {
		Handbook handbook = requireEditable(id);
		if (handbook.chapters().isEmpty()) {
			throw new InvalidInputException("chapters", "handbook.publish.noChapters");
		}
		int number = editions.findFirstByHandbookIdOrderByEditionNumberDesc(id).map(e -> e.editionNumber() + 1)
			.orElse(1);
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		EditionContent content = compose(handbook, number, today, true);
		HandbookEdition saved;
		try {
			saved = editions.save(new HandbookEdition(null, id, number, today, now, permissions.actorName(),
					handbook.title(), json.writeValueAsString(content)));
		}
		catch (DataIntegrityViolationException ex) {
			// Someone published the same handbook at the same moment and took this edition number
			// (unique handbook_edition_number): this publish is rolled back and told so.
			throw new ConflictException("handbook.publish.concurrent", ex);
		}
		audit.event(AUDIT_TYPE, id, AuditAction.UPDATE, "handbook.audit.published", number);
		return saved;
	}

	// rules

	public List<InvalidInputException> problems(HandbookForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.title() == null || form.title().isBlank()) {
			problems.add(new InvalidInputException("title", "handbook.handbook.title.required"));
		}
		else if (form.title().length() > 300) {
			problems.add(new InvalidInputException("title", "validation.tooLong"));
		}
		if (form.ownerOrganisationId() == null) {
			problems.add(new InvalidInputException("ownerOrganisationId", "handbook.handbook.owner.required"));
		}
		if (form.foreword() != null && form.foreword().length() > HandbookForm.LONG) {
			problems.add(new InvalidInputException("foreword", "validation.tooLong"));
		}
		return problems;
	}

	/** A chapter's rules; {@code prefix} names the chapter in a list ("chapters[2]."). */
	public List<InvalidInputException> chapterProblems(ChapterForm form, String prefix) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.getKind() == null) {
			problems.add(new InvalidInputException(prefix + "kind", "handbook.chapter.kind.required"));
			return problems;
		}
		switch (form.getKind()) {
			case METHOD -> {
				if (form.getMethodId() == null) {
					problems.add(new InvalidInputException(prefix + "methodId", "handbook.chapter.method.required"));
				}
				else if (findMethod(form.getMethodId()).isEmpty()) {
					problems.add(new InvalidInputException(prefix + "methodId", "handbook.chapter.method.unknown"));
				}
			}
			case PRACTICE_CASE -> {
				if (form.getInitiativeId() == null) {
					problems.add(new InvalidInputException(prefix + "initiativeId", "handbook.chapter.practiceCase.required"));
				}
				else if (practiceCases.find(form.getInitiativeId()).isEmpty()) {
					problems.add(new InvalidInputException(prefix + "initiativeId", "handbook.chapter.practiceCase.unknown"));
				}
			}
			case SURVEY_RESULTS -> {
				if (form.getSurveyId() == null) {
					problems.add(new InvalidInputException(prefix + "surveyId", "handbook.chapter.survey.required"));
				}
				else if (dialogue.rankedResults(form.getSurveyId()).isEmpty()) {
					problems.add(new InvalidInputException(prefix + "surveyId", "handbook.chapter.survey.unknown"));
				}
			}
			case PROGRAMME_LESSONS -> {
				if (form.getProgrammeId() == null) {
					problems.add(new InvalidInputException(prefix + "programmeId", "handbook.chapter.programme.required"));
				}
				else if (programmes.find(form.getProgrammeId()).isEmpty()) {
					problems.add(new InvalidInputException(prefix + "programmeId", "handbook.chapter.programme.unknown"));
				}
			}
			case TEXT -> {
				if (form.getTitle() == null || form.getTitle().isBlank()) {
					problems.add(new InvalidInputException(prefix + "title", "handbook.chapter.title.required"));
				}
				if (form.getBody() == null || form.getBody().isBlank()) {
					problems.add(new InvalidInputException(prefix + "body", "handbook.chapter.body.required"));
				}
			}
		}
		if (form.getTitle() != null && form.getTitle().length() > 300) {
			problems.add(new InvalidInputException(prefix + "title", "validation.tooLong"));
		}
		if (form.getBody() != null && form.getBody().length() > ChapterForm.LONG) {
			problems.add(new InvalidInputException(prefix + "body", "validation.tooLong"));
		}
		return problems;
	}

	private List<HandbookChapter> checkRequest(HandbookRequest request) {
		List<InvalidInputException> problems = new ArrayList<>(
				problems(new HandbookForm(request.title(), request.ownerOrganisationId(), request.foreword())));
		List<ChapterForm> forms = request.chapterForms();
		for (int i = 0; i < forms.size(); i++) {
			problems.addAll(chapterProblems(forms.get(i), "chapters[" + i + "]."));
		}
		check(problems);
		return forms.stream().map(HandbookService::toChapter).toList();
	}

	private static void check(List<InvalidInputException> problems) {
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	private Handbook requireEditable(long id) {
		Handbook handbook = get(id);
		permissions.requireEditorOf(handbook.ownerOrganisationId());
		return handbook;
	}

	private static void requireIndex(Handbook handbook, int index) {
		if (index < 0 || index >= handbook.chapters().size()) {
			throw new NotFoundException("Chapter", handbook.id() + "/" + index);
		}
	}

	private static Handbook withVersion(Handbook h, Long version) {
		return version == null ? h
				: new Handbook(h.id(), version, h.title(), h.foreword(), h.ownerOrganisationId(), h.createdAt(),
						h.updatedAt(), h.chapters());
	}

	private Handbook save(Handbook before, Handbook after) {
		Handbook saved = repository.save(after);
		audit.updated(AUDIT_TYPE, saved.id(), before.auditValues(), saved.auditValues());
		return saved;
	}

	private Optional<WorkingMethod> findMethod(long id) {
		try {
			return Optional.of(methods.get(id));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	static HandbookChapter toChapter(ChapterForm form) {
		ChapterKind kind = form.getKind();
		return new HandbookChapter(kind, clean(form.getTitle()), clean(form.getBody()),
				kind == ChapterKind.METHOD ? form.getMethodId() : null,
				kind == ChapterKind.PRACTICE_CASE ? form.getInitiativeId() : null,
				kind == ChapterKind.SURVEY_RESULTS ? form.getSurveyId() : null,
				kind == ChapterKind.PROGRAMME_LESSONS ? form.getProgrammeId() : null);
	}

	static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	// composing

	/**
	 * The handbook as it is read, with every chapter's content copied from its source. Strict:
	 * a chapter whose source is gone refuses; otherwise it is left out (draft preview).
	 */
	EditionContent compose(Handbook handbook, int number, LocalDate publishedOn, boolean strict) {
		List<EditionContent.Chapter> chapters = new ArrayList<>();
		for (HandbookChapter chapter : handbook.chapters()) {
			Optional<EditionContent.Chapter> composed = composeChapter(chapter, chapters.size() + 1);
			if (composed.isEmpty() && strict) {
				throw new InvalidInputException("chapters", "handbook.publish.sourceMissing");
			}
			composed.ifPresent(chapters::add);
		}
		return new EditionContent(handbook.title(), handbook.foreword(),
				organisations.nameOf(handbook.ownerOrganisationId()).orElse(""), number, publishedOn, chapters);
	}

	private Optional<EditionContent.Chapter> composeChapter(HandbookChapter chapter, int number) {
		return switch (chapter.kind()) {
			case METHOD -> findMethod(chapter.methodId()).map(m -> methodChapter(chapter, number, m));
			case PRACTICE_CASE -> practiceCases.find(chapter.initiativeId()).map(p -> practiceChapter(chapter, number, p));
			case SURVEY_RESULTS -> dialogue.rankedResults(chapter.surveyId()).map(s -> surveyChapter(chapter, number, s));
			case PROGRAMME_LESSONS -> programmes.find(chapter.programmeId()).map(p -> lessonsChapter(chapter, number, p));
			case TEXT -> Optional.of(new EditionContent.Chapter(number, ChapterKind.TEXT, chapter.title(), null,
					List.of(new EditionContent.Section(null, chapter.body())), List.of(), List.of(), List.of(), null));
		};
	}

	private EditionContent.Chapter methodChapter(HandbookChapter chapter, int number, WorkingMethod m) {
		List<EditionContent.Section> sections = new ArrayList<>();
		sections.add(new EditionContent.Section(null, m.summary()));
		section(sections, "handbook.method.whenToUse", m.whenToUse());
		section(sections, "handbook.method.steps", m.steps());
		section(sections, "handbook.method.roles", m.roles());
		section(sections, "handbook.method.timeNeeded", m.timeNeeded());
		section(sections, "handbook.method.tips", m.tips());
		StringBuilder used = new StringBuilder();
		m.linked(WorkingMethod.LinkKind.MEETING).forEach(id -> dialogue.meeting(id)
			.ifPresent(r -> used.append("- ").append(r.title()).append(" (").append(r.date()).append(")\n")));
		methods.programmesOf(m).forEach(p -> used.append("- ").append(p.name()).append(" (")
			.append(msg("handbook.method.programme")).append(")\n"));
		m.linked(WorkingMethod.LinkKind.PRACTICE_CASE).forEach(id -> practiceCases.find(id)
			.ifPresent(p -> used.append("- ").append(p.title()).append(" (").append(msg("handbook.chapter.kind.PRACTICE_CASE")).append(")\n")));
		section(sections, "handbook.method.usedIn", used.isEmpty() ? null : used.toString());
		return new EditionContent.Chapter(number, ChapterKind.METHOD, chapter.title() != null ? chapter.title() : m.title(),
				chapter.body(), sections, List.of(), List.of(), List.of(), null);
	}

	private EditionContent.Chapter practiceChapter(HandbookChapter chapter, int number, PracticeCase p) {
		List<EditionContent.Section> sections = new ArrayList<>();
		section(sections, "initiatives.practiceStory.challenge", p.challenge());
		section(sections, "initiatives.practiceStory.actions", p.actions());
		section(sections, "initiatives.practiceStory.participants", p.participants());
		String obstacles = p.obstacles();
		if (obstacles == null && !p.removedObstacles().isEmpty()) {
			obstacles = String.join("\n", p.removedObstacles().stream().map(o -> "- " + o).toList());
		}
		section(sections, "initiatives.practiceStory.obstacles", obstacles);
		section(sections, "initiatives.practiceStory.results", p.results());
		section(sections, "initiatives.practiceStory.lessons", p.lessons());
		List<String> themes = p.themes().stream().map(t -> msg("initiatives.theme." + t)).sorted().toList();
		return new EditionContent.Chapter(number, ChapterKind.PRACTICE_CASE,
				chapter.title() != null ? chapter.title() : p.title(),
				chapter.body() != null ? chapter.body() : p.description(), sections, p.municipalities(), themes, List.of(),
				null);
	}

	private EditionContent.Chapter surveyChapter(HandbookChapter chapter, int number, DialogueLookup.RankedSurvey s) {
		List<EditionContent.Question> questions = s.questions().stream()
			.map(q -> new EditionContent.Question(q.text(), q.answers(),
					q.rows().stream().filter(r -> r.count() > 0)
						.map(r -> new EditionContent.Answer(r.label(), r.count())).toList(), q.mean()))
			.toList();
		String source = messages.getMessage("handbook.chapter.surveySource",
				new Object[] { s.title(), s.belongsTo() == null ? "" : s.belongsTo(), s.responses() }, SWEDISH);
		return new EditionContent.Chapter(number, ChapterKind.SURVEY_RESULTS,
				chapter.title() != null ? chapter.title() : s.title(), chapter.body(), List.of(), List.of(), List.of(),
				questions, source);
	}

	private EditionContent.Chapter lessonsChapter(HandbookChapter chapter, int number,
			ProgrammeLessonsQueries.ProgrammeLessons p) {
		String lessons = String.join("\n", p.lessons().stream().map(l -> "- " + l.strip().replaceAll("\\R+", " ")).toList());
		String source = messages.getMessage("handbook.chapter.programmeSource",
				new Object[] { p.name(), p.startDate().getYear(), p.endDate().getYear() }, SWEDISH);
		String title = chapter.title() != null ? chapter.title()
				: messages.getMessage("handbook.chapter.programmeTitle", new Object[] { p.name() }, SWEDISH);
		return new EditionContent.Chapter(number, ChapterKind.PROGRAMME_LESSONS, title, chapter.body(),
				lessons.isEmpty() ? List.of() : List.of(new EditionContent.Section(null, lessons)), List.of(), List.of(),
				List.of(), source);
	}

	/** The programme with this name, if any (demo data finds its programme by name). */
	public Optional<Long> programmeByName(String name) {
		return programmes.findByName(name);
	}

	/** Programmes to choose for a lessons chapter, for signed-in users. */
	public List<ProgrammeChoice> programmeChoices() {
		return programmes.choosable().stream().map(o -> new ProgrammeChoice(o.id(), o.name())).toList();
	}

	public record ProgrammeChoice(long id, String name) {
	}

	private void section(List<EditionContent.Section> sections, String headingKey, String text) {
		if (text != null && !text.isBlank()) {
			sections.add(new EditionContent.Section(msg(headingKey), text));
		}
	}

	private String msg(String key) {
		return messages.getMessage(key, null, key, SWEDISH);
	}

	/** Names of the owner organisations, for lists. */
	public Map<Long, String> ownerNames() {
		Map<Long, String> names = new java.util.HashMap<>();
		organisations.all().forEach(o -> names.put(o.id(), o.name()));
		return names;
	}

}
