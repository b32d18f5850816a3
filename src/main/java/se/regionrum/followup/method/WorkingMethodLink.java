package se.regionrum.followup.method;

import org.springframework.data.relational.core.mapping.Table;

/** Where a method was used: a meeting, a practice case (initiative) or a programme, by id. */
@Table
public record WorkingMethodLink(WorkingMethod.LinkKind kind, long targetId) {
}
