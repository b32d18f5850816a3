package se.regionrum.dialogue.note;

/**
 * The geographic level a note is taken up at; the same names as the initiatives module's levels,
 * which the event carries as text ({@code initiatives.level.<name>} in the message bundle names them).
 */
public enum TakeUpLevel {
	LOCAL, INTERMUNICIPAL, REGIONAL, INTERREGIONAL, NATIONAL
}
