package se.regionrum.followup.handbook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One chapter as a user chooses it: its kind and source (a method, a practice case or a survey),
 * or a title and text of its own. A title replaces the source's; a text is its introduction.
 */
public class ChapterForm {

	static final int LONG = 20000;

	@NotNull(message = "{handbook.chapter.kind.required}")
	private ChapterKind kind;

	private Long methodId;

	private Long initiativeId;

	private Long surveyId;

	private Long programmeId;

	@Size(max = 300, message = "{validation.tooLong}")
	private String title;

	@Size(max = LONG, message = "{validation.tooLong}")
	private String body;

	public ChapterForm() {
	}

	public ChapterForm(ChapterKind kind, Long methodId, Long initiativeId, Long surveyId, String title, String body) {
		this(kind, methodId, initiativeId, surveyId, null, title, body);
	}

	public ChapterForm(ChapterKind kind, Long methodId, Long initiativeId, Long surveyId, Long programmeId, String title,
			String body) {
		this.kind = kind;
		this.programmeId = programmeId;
		this.methodId = methodId;
		this.initiativeId = initiativeId;
		this.surveyId = surveyId;
		this.title = title;
		this.body = body;
	}

	static ChapterForm of(HandbookChapter c) {
		return new ChapterForm(c.kind(), c.methodId(), c.initiativeId(), c.surveyId(), c.programmeId(), c.title(),
				c.body());
	}

	public ChapterKind getKind() {
		return kind;
	}

	public void setKind(ChapterKind kind) {
		this.kind = kind;
	}

	public Long getMethodId() {
		return methodId;
	}

	public void setMethodId(Long methodId) {
		this.methodId = methodId;
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public void setInitiativeId(Long initiativeId) {
		this.initiativeId = initiativeId;
	}

	public Long getSurveyId() {
		return surveyId;
	}

	public void setSurveyId(Long surveyId) {
		this.surveyId = surveyId;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public void setProgrammeId(Long programmeId) {
		this.programmeId = programmeId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
