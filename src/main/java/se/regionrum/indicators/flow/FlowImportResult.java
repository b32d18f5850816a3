package se.regionrum.indicators.flow;

import java.io.Serializable;
import java.util.List;

import se.regionrum.indicators.Gender;

/**
 * What an import saved: the number of flows, and the years and genders whose flows it replaced.
 * Serializable because it is handed to the next page as a flash attribute, which lives in the
 * session table.
 */
public record FlowImportResult(int flows, List<Integer> years, List<Gender> genders, boolean example)
		implements Serializable {
}
