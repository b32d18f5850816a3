package se.regionrum.dialogue.series;

/** What holds a series together; labels as {@code dialogue.seriesKind.<NAME>}. */
public enum SeriesKind {

	LEARNING_PROJECT, SEMINAR_SERIES, LECTURE_SERIES, WORKSHOP_SERIES

}
