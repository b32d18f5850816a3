package se.regionrum.initiatives.funding;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.regionrum.initiatives.FundingSource;
import se.regionrum.initiatives.initiative.InitiativePart;

/** Money for one initiative from one source in one year: applied for, granted and spent, in kronor. */
@Table
public record FundingLine(@Id Long id, @Version Long version, long initiativeId, FundingSource source,
		int fundingYear, long amountApplied, long amountGranted, long amountSpent, String decisionReference,
		String note, Instant createdAt, Instant updatedAt) implements InitiativePart {

	@Override
	public Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("initiativeId", initiativeId);
		values.put("source", source);
		values.put("fundingYear", fundingYear);
		values.put("amountApplied", amountApplied);
		values.put("amountGranted", amountGranted);
		values.put("amountSpent", amountSpent);
		values.put("decisionReference", decisionReference);
		values.put("note", note);
		return values;
	}

}
