package se.regionrum.initiatives;

/**
 * Where an initiative came from, filled in by the module that owns it: for example the
 * dialogue module's meeting note (kind {@code MEETING_NOTE}) or interview (kind {@code INTERVIEW}).
 *
 * @param kind what the origin is, in upper case, owned by the module that sets it
 * @param id the origin's id in that module
 * @param label how to name it, e.g. Kommundialog Mora 2025-03-12
 */
public record InitiativeOrigin(String kind, long id, String label) {
}
