package se.regionrum.indicators.flow;

import java.util.List;

import se.regionrum.indicators.Gender;

/** What an import saved: the number of flows, and the years and genders whose flows it replaced. */
public record FlowImportResult(int flows, List<Integer> years, List<Gender> genders, boolean example) {
}
