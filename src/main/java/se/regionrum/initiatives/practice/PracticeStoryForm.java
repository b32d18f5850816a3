package se.regionrum.initiatives.practice;

import jakarta.validation.constraints.Size;

/** What a user types for a practice story; every part is Markdown and may be left empty, but not all of them. */
public class PracticeStoryForm {

	static final int MAX = 8000;

	// declared in the order of the form's fields, which the error summary follows
	@Size(max = MAX, message = "{validation.tooLong}")
	private String challenge;

	@Size(max = MAX, message = "{validation.tooLong}")
	private String actions;

	@Size(max = MAX, message = "{validation.tooLong}")
	private String participants;

	@Size(max = MAX, message = "{validation.tooLong}")
	private String obstacles;

	@Size(max = MAX, message = "{validation.tooLong}")
	private String results;

	@Size(max = MAX, message = "{validation.tooLong}")
	private String lessons;

	public PracticeStoryForm() {
	}

	public PracticeStoryForm(String challenge, String actions, String participants, String obstacles, String results,
			String lessons) {
		this.challenge = challenge;
		this.actions = actions;
		this.participants = participants;
		this.obstacles = obstacles;
		this.results = results;
		this.lessons = lessons;
	}

	static PracticeStoryForm of(PracticeStory s) {
		return new PracticeStoryForm(s.challenge(), s.actions(), s.participants(), s.obstacles(), s.results(),
				s.lessons());
	}

	boolean isEmpty() {
		return blank(challenge) && blank(actions) && blank(participants) && blank(obstacles) && blank(results)
				&& blank(lessons);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public String getChallenge() {
		return challenge;
	}

	public void setChallenge(String challenge) {
		this.challenge = challenge;
	}

	public String getActions() {
		return actions;
	}

	public void setActions(String actions) {
		this.actions = actions;
	}

	public String getParticipants() {
		return participants;
	}

	public void setParticipants(String participants) {
		this.participants = participants;
	}

	public String getObstacles() {
		return obstacles;
	}

	public void setObstacles(String obstacles) {
		this.obstacles = obstacles;
	}

	public String getResults() {
		return results;
	}

	public void setResults(String results) {
		this.results = results;
	}

	public String getLessons() {
		return lessons;
	}

	public void setLessons(String lessons) {
		this.lessons = lessons;
	}

}
