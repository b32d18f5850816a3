/**
 * Meeting series, meetings with agenda, registrations with their rules (deadline, capacity,
 * per-organisation quota, waiting list), iCalendar feeds and the e-mail outbox.
 * <p>
 * The root package is the module's API ({@link se.regionrum.dialogue.MeetingRef}); everything
 * else is internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "actors", "initiatives" })
package se.regionrum.dialogue;
