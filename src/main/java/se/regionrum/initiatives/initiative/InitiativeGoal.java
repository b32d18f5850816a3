package se.regionrum.initiatives.initiative;

import org.springframework.data.relational.core.mapping.Table;

/** Part of the {@link Initiative} aggregate. */
@Table
public record InitiativeGoal(long goalId) {
}
