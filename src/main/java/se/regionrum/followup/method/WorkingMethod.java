package se.regionrum.followup.method;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A method (metod) of the method handbook: what it is, when to use it, its steps, roles, the
 * time it takes and tips; with links to where it was used. Texts are Markdown source. It belongs
 * to an owner organisation, whose editors change it.
 */
@Table
public record WorkingMethod(@Id Long id, @Version Long version, String title, String summary, String whenToUse,
		String steps, String roles, String timeNeeded, String tips, long ownerOrganisationId, Instant createdAt,
		Instant updatedAt, Set<WorkingMethodLink> links) {

	public Set<Long> linked(LinkKind kind) {
		return links.stream().filter(l -> l.kind() == kind).map(WorkingMethodLink::targetId)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", title);
		values.put("summary", summary);
		values.put("whenToUse", whenToUse);
		values.put("steps", steps);
		values.put("roles", roles);
		values.put("timeNeeded", timeNeeded);
		values.put("tips", tips);
		values.put("ownerOrganisationId", ownerOrganisationId);
		values.put("meetings", linked(LinkKind.MEETING).toString());
		values.put("practiceCases", linked(LinkKind.PRACTICE_CASE).toString());
		values.put("programmes", linked(LinkKind.PROGRAMME).toString());
		return values;
	}

	/** What a method link points at. */
	public enum LinkKind {
		MEETING, PRACTICE_CASE, PROGRAMME
	}

}
