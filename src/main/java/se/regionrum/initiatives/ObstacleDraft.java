package se.regionrum.initiatives;

/**
 * A development obstacle captured elsewhere, e.g. in a meeting note. It starts as open,
 * identified today.
 *
 * @param kind one of REGULATION, FINANCING, COMPETENCE, INFRASTRUCTURE, HOUSING, ELECTRICITY, OTHER
 * @param remover who can remove it: MUNICIPALITY, REGION, COUNTY_ADMINISTRATIVE_BOARD, NATIONAL_AGENCY
 */
public record ObstacleDraft(String title, String description, String kind, String remover) {
}
