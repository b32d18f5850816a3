package se.regionrum.strategy.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A consultation (remiss) of a strategy draft: sent to invited organisations, who answer with a
 * stance per goal; anyone may leave a comment in the open mailbox while it is open.
 */
@Table
public record Consultation(@Id Long id, @Version Long version, Long strategyId, String title, String description,
		LocalDate opensOn, LocalDate closesOn, String documentUrl, Instant createdAt, Instant updatedAt) {

	public ConsultationPhase phaseOn(LocalDate day) {
		return ConsultationPhase.of(opensOn, closesOn, day);
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("strategyId", strategyId);
		values.put("title", title);
		values.put("description", description);
		values.put("opensOn", opensOn);
		values.put("closesOn", closesOn);
		values.put("documentUrl", documentUrl);
		return values;
	}

}
