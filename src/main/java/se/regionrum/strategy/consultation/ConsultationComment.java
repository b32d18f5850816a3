package se.regionrum.strategy.consultation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A comment left in the open mailbox by anyone, signed in or not. Name, e-mail and organisation
 * are optional and kept only so that the region can answer and tell who commented.
 */
@Table
public record ConsultationComment(@Id Long id, Long consultationId, Long goalId, String body, String authorName,
		String authorEmail, String authorOrganisation, Instant submittedAt) {
}
