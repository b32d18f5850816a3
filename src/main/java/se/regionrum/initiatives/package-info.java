/**
 * Development initiatives (utvecklingsinitiativ) with their obstacles, funding lines, status
 * history, practice cases and pilot projects; large establishments with impact estimates; the
 * coverage of the regional strategy's goals by the municipalities' initiatives.
 * <p>
 * {@link se.regionrum.initiatives.Initiatives} is what other modules use to find and name
 * initiatives, e.g. the ones that came from an origin of theirs;
 * {@link se.regionrum.initiatives.InitiativeCreated} is published for every new initiative. Other
 * modules hold an initiative only by its id.
 * <p>
 * Initiatives from the dialogue module come by event: when a meeting note is taken up
 * ({@link se.regionrum.dialogue.MeetingNoteTakenUp}), this module creates the initiative and its
 * obstacle in an application module listener, with the note as origin (kind {@code MEETING_NOTE});
 * {@code /initiatives/from/meeting-note/{noteId}} leads from the note to them. The dialogue module
 * does not call into this one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Initiatives",
		allowedDependencies = { "platform", "actors", "strategy", "dialogue" })
package se.regionrum.initiatives;
