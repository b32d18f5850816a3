package se.regionrum.initiatives.funding;

import static se.regionrum.platform.Text.blank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;

/** Funding lines belong to their initiative: whoever may change the initiative may change its funding. */
@Service
public class FundingService {

	static final String AUDIT_TYPE = "funding_line";

	private final FundingRepository repository;

	private final InitiativeService initiatives;

	private final AuditLog audit;

	FundingService(FundingRepository repository, InitiativeService initiatives, AuditLog audit) {
		this.repository = repository;
		this.initiatives = initiatives;
		this.audit = audit;
	}

	public List<FundingLine> ofInitiative(long initiativeId) {
		initiatives.get(initiativeId);
		return repository.findByInitiativeIdOrderByFundingYearAscIdAsc(initiativeId);
	}

	public FundingLine get(long id) {
		FundingLine line = repository.findById(id).orElseThrow(() -> new NotFoundException("Funding line", id));
		initiatives.get(line.initiativeId());
		return line;
	}

	@Transactional
	public FundingLine create(long initiativeId, FundingForm form) {
		initiatives.get(initiativeId);
		initiatives.requireEditorOfInitiative(initiativeId);
		InvalidInputException.throwFirst(problems(form));
		Instant now = Instant.now();
		FundingLine saved = repository.save(toEntity(null, null, initiativeId, form, now, now));
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public FundingLine update(long id, FundingForm form) {
		FundingLine before = get(id);
		initiatives.requireEditorOfInitiative(before.initiativeId());
		InvalidInputException.throwFirst(problems(form));
		FundingLine saved = repository.save(toEntity(id, before.version(), before.initiativeId(), form,
				before.createdAt(), Instant.now()));
		audit.updated(AUDIT_TYPE, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	@Transactional
	public void delete(long id) {
		FundingLine before = get(id);
		initiatives.requireEditorOfInitiative(before.initiativeId());
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues());
	}

	/** Granted cannot exceed applied (when an application is recorded); spent cannot exceed granted. */
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

	static FundingLine toEntity(Long id, Long version, long initiativeId, FundingForm form, Instant created,
			Instant updated) {
		return new FundingLine(id, version, initiativeId, form.getSource(), form.getFundingYear(),
				orZero(form.getAmountApplied()), orZero(form.getAmountGranted()), orZero(form.getAmountSpent()),
				blank(form.getDecisionReference()), blank(form.getNote()), created, updated);
	}

	static long orZero(Long value) {
		return value == null ? 0 : value;
	}

}
