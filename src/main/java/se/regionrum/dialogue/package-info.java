/**
 * Meeting series, meetings, registrations, live polls, surveys and evaluations.
 * <p>
 * Not built yet: the package holds the module's place in the structure.
 */
@org.springframework.modulith.ApplicationModule
package se.regionrum.dialogue;
