package se.regionrum.initiatives.establishment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A large establishment (stor etablering): a company's plant in a municipality, with its direct
 * jobs, its phases and the stated assumptions from which its impact on the municipalities is
 * estimated. It belongs to the municipality it is in.
 */
@Table
public record Establishment(@Id Long id, @Version Long version, String company, long municipalityId, String sector,
		String description, Double latitude, Double longitude, int directJobs, double powerDemandMw,
		boolean published, double indirectJobMultiplier, double shareMovingIn, double householdSize,
		double housingUnitsPerHousehold, double schoolPlacesPerThousand, double householdPowerKw, int rampUpYears,
		LocalDate permitStartsOn, LocalDate permitEndsOn, LocalDate constructionStartsOn,
		LocalDate constructionEndsOn, LocalDate operationStartsOn, Instant createdAt, Instant updatedAt,
		Set<EstablishmentSettlement> settlements) {

	public Assumptions assumptions() {
		return new Assumptions(indirectJobMultiplier, shareMovingIn, householdSize, housingUnitsPerHousehold,
				schoolPlacesPerThousand, householdPowerKw, rampUpYears);
	}

	Establishment withAssumptions(Assumptions a, Set<EstablishmentSettlement> newSettlements, Instant now) {
		return new Establishment(id, version, company, municipalityId, sector, description, latitude, longitude,
				directJobs, powerDemandMw, published, a.indirectJobMultiplier(), a.shareMovingIn(), a.householdSize(),
				a.housingUnitsPerHousehold(), a.schoolPlacesPerThousand(), a.householdPowerKw(), a.rampUpYears(),
				permitStartsOn, permitEndsOn, constructionStartsOn, constructionEndsOn, operationStartsOn, createdAt,
				now, newSettlements);
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("company", company);
		values.put("municipalityId", municipalityId);
		values.put("sector", sector);
		values.put("description", description);
		values.put("latitude", latitude);
		values.put("longitude", longitude);
		values.put("directJobs", directJobs);
		values.put("powerDemandMw", powerDemandMw);
		values.put("published", published);
		values.put("assumptions", assumptions().toString());
		values.put("permit", permitStartsOn + "/" + permitEndsOn);
		values.put("construction", constructionStartsOn + "/" + constructionEndsOn);
		values.put("operationStartsOn", operationStartsOn);
		values.put("settlements", settlements.stream().sorted(java.util.Comparator.comparingLong(
				EstablishmentSettlement::organisationId)).map(s -> s.organisationId() + "=" + s.share()).toList().toString());
		return values;
	}

}
