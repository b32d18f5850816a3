package se.regionrum.initiatives.establishment;

import org.springframework.data.relational.core.mapping.Table;

/** The share (0–1) of the people moving in because of an establishment who settle in a municipality. */
@Table
public record EstablishmentSettlement(long organisationId, double share) {
}
