package se.regionrum.strategy.issue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A substantive issue (sakfråga), classified on the three questions the region must answer:
 * is it place-bound (territorial)? does it need work at regional level? which aspect of it does
 * the region handle? Its goals, municipalities and initiatives are kept beside it.
 */
@Table
public record Issue(@Id Long id, @Version Long version, String title, String description, Long ownerOrganisationId,
		Answer placeBound, Answer regionalLevel, RegionRole regionRole, String regionAspect, boolean published,
		Instant createdAt, Instant updatedAt) {

	public IssueClass classification() {
		return IssueClass.of(placeBound, regionalLevel);
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", title);
		values.put("description", description);
		values.put("ownerOrganisationId", ownerOrganisationId);
		values.put("placeBound", placeBound);
		values.put("regionalLevel", regionalLevel);
		values.put("regionRole", regionRole);
		values.put("regionAspect", regionAspect);
		values.put("published", published);
		return values;
	}

}
