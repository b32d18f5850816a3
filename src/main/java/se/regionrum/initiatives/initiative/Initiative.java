package se.regionrum.initiatives.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.regionrum.initiatives.InitiativeLevel;
import se.regionrum.initiatives.InitiativeOrigin;
import se.regionrum.initiatives.InitiativeRef;
import se.regionrum.initiatives.InitiativeStatus;

/**
 * A development initiative: what, who owns it, with whom, where, at which level, which strategy
 * goals it serves and where it came from. Organisations, people and goals are held by id.
 * The status is changed through {@link InitiativeService#changeStatus}, which records the history.
 */
@Table
public record Initiative(@Id Long id, @Version Long version, String title, String description,
		long ownerOrganisationId, InitiativeLevel level, InitiativeStatus status, LocalDate statusChangedOn,
		PlaceKind placeKind, Double latitude, Double longitude, String areaGeojson, boolean practiceCase,
		boolean pilotProject, boolean published, String originKind, Long originId, String originLabel,
		Integer startYear, Integer endYear, String website, Instant createdAt, Instant updatedAt,
		Set<InitiativeMunicipality> municipalities,
		Set<InitiativePartner> partners,
		Set<InitiativeContact> contacts,
		Set<InitiativeTheme> themes,
		Set<InitiativeGoal> goals) {

	public Set<Long> municipalityIds() {
		return municipalities.stream().map(InitiativeMunicipality::organisationId).collect(Collectors.toCollection(TreeSet::new));
	}

	public Set<Long> partnerIds() {
		return partners.stream().map(InitiativePartner::organisationId).collect(Collectors.toCollection(TreeSet::new));
	}

	public Set<Long> contactIds() {
		return contacts.stream().map(InitiativeContact::personId).collect(Collectors.toCollection(TreeSet::new));
	}

	public Set<Theme> themeSet() {
		return themes.stream().map(InitiativeTheme::theme).collect(Collectors.toCollection(TreeSet::new));
	}

	public Set<Long> goalIds() {
		return goals.stream().map(InitiativeGoal::goalId).collect(Collectors.toCollection(TreeSet::new));
	}

	public InitiativeOrigin origin() {
		return originKind == null || originId == null ? null : new InitiativeOrigin(originKind, originId, originLabel);
	}

	public InitiativeRef ref() {
		return new InitiativeRef(id, title, status, ownerOrganisationId, published);
	}

	Initiative withStatus(InitiativeStatus newStatus, LocalDate on, Instant now) {
		return new Initiative(id, version, title, description, ownerOrganisationId, level, newStatus, on, placeKind,
				latitude, longitude, areaGeojson, practiceCase, pilotProject, published, originKind, originId,
				originLabel, startYear, endYear, website, createdAt, now, municipalities, partners, contacts, themes,
				goals);
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", title);
		values.put("description", description);
		values.put("ownerOrganisationId", ownerOrganisationId);
		values.put("level", level);
		values.put("status", status);
		values.put("placeKind", placeKind);
		values.put("latitude", latitude);
		values.put("longitude", longitude);
		values.put("areaGeojson", areaGeojson);
		values.put("practiceCase", practiceCase);
		values.put("pilotProject", pilotProject);
		values.put("published", published);
		values.put("origin", originKind == null ? null : originKind + ":" + originId);
		values.put("startYear", startYear);
		values.put("endYear", endYear);
		values.put("website", website);
		values.put("municipalities", municipalityIds().toString());
		values.put("partners", partnerIds().toString());
		values.put("contacts", contactIds().toString());
		values.put("themes", themeSet().toString());
		values.put("goals", goalIds().toString());
		return values;
	}

}
