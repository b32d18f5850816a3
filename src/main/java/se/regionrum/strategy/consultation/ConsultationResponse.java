package se.regionrum.strategy.consultation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One invited organisation's response (remissvar); its stances per goal are kept beside it. */
@Table
public record ConsultationResponse(@Id Long id, @Version Long version, Long consultationId, Long organisationId,
		String summary, String submittedBy, Instant submittedAt, Instant updatedAt) {
}
