package se.regionrum.dialogue;

/**
 * A meeting's date, time or place changed; registered participants are told by e-mail.
 *
 * @param what a short description of the new date, time and place
 */
public record MeetingChanged(long meetingId, String title, String what) {
}
