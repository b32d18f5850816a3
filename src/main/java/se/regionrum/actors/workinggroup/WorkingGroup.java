package se.regionrum.actors.workinggroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A working group or network, owned by one organisation (whose editors manage it). Its members
 * live in {@code working_group_member}, written by {@link WorkingGroupQueries} in the same
 * transaction; every member change also saves the group, so its version serialises concurrent
 * member changes.
 */
@Table
public record WorkingGroup(@Id Long id, @Version Long version, String name, WorkingGroupKind kind,
		String description, Long ownerOrganisationId, LocalDate startedOn, LocalDate endedOn, Instant createdAt,
		Instant updatedAt) {

	WorkingGroup touched(Instant now) {
		return new WorkingGroup(id, version, name, kind, description, ownerOrganisationId, startedOn, endedOn,
				createdAt, now);
	}

	/** Members are recorded by ids only, so that a person's erasure leaves no name behind here. */
	Map<String, Object> auditValues(Collection<Member> members) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", name);
		values.put("kind", kind);
		values.put("description", description);
		values.put("ownerOrganisationId", ownerOrganisationId);
		values.put("startedOn", startedOn);
		values.put("endedOn", endedOn);
		values.put("members", members.stream().map(Member::auditText).sorted().toList());
		return values;
	}

}
