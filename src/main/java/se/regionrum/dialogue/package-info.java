/**
 * Meeting series, meetings with agenda, registrations with their rules (deadline, capacity,
 * per-organisation quota, waiting list), iCalendar feeds and the e-mail outbox; notes from
 * dialogues and interviews.
 * <p>
 * A note taken up as a development initiative is published as
 * {@link se.regionrum.dialogue.MeetingNoteTakenUp}; the initiatives module creates the initiative
 * from it. This module does not use the initiatives module: it checks the take-up form itself,
 * keeps its own record of what was taken up, and links to the initiatives by URL.
 * <p>
 * The root package is the module's API ({@link se.regionrum.dialogue.MeetingRef}); everything
 * else is internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "actors" })
package se.regionrum.dialogue;
