package se.regionrum.initiatives.funding;

import static se.regionrum.platform.Text.blank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import se.regionrum.initiatives.initiative.InitiativePartService;
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;

/** Funding lines belong to their initiative: whoever may change the initiative may change its funding. */
@Service
public class FundingService extends InitiativePartService<FundingLine, FundingForm> {

	static final String AUDIT_TYPE = "funding_line";

	private final FundingRepository repository;

	FundingService(FundingRepository repository, InitiativeService initiatives, AuditLog audit) {
		super(AUDIT_TYPE, "Funding line", repository, initiatives, audit);
		this.repository = repository;
	}

	@Override
	protected List<FundingLine> findOfInitiative(long initiativeId) {
		return repository.findByInitiativeIdOrderByFundingYearAscIdAsc(initiativeId);
	}

	/** Granted cannot exceed applied (when an application is recorded); spent cannot exceed granted. */
	@Override
	public List<InvalidInputException> problems(FundingForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		long applied = orZero(form.getAmountApplied());
		long granted = orZero(form.getAmountGranted());
		long spent = orZero(form.getAmountSpent());
		if (applied > 0 && granted > applied) {
			problems.add(new InvalidInputException("amountGranted", "initiatives.funding.grantedAboveApplied"));
		}
		if (spent > granted && granted > 0) {
			problems.add(new InvalidInputException("amountSpent", "initiatives.funding.spentAboveGranted"));
		}
		return problems;
	}

	@Override
	protected FundingLine toEntity(Long id, Long version, long initiativeId, FundingForm form, Instant created,
			Instant updated) {
		return new FundingLine(id, version, initiativeId, form.getSource(), form.getFundingYear(),
				orZero(form.getAmountApplied()), orZero(form.getAmountGranted()), orZero(form.getAmountSpent()),
				blank(form.getDecisionReference()), blank(form.getNote()), created, updated);
	}

	static long orZero(Long value) {
		return value == null ? 0 : value;
	}

}
