package se.regionrum.followup.programme;

import static se.regionrum.platform.Text.blank;
import static se.regionrum.followup.programme.ProgrammeService.orZero;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;

/**
 * The use cases of a programme's cost lines; who may read or change them is decided by the programme
 * ({@link ProgrammeService#get}, {@link ProgrammeService#requireEditor}).
 */
@Service
public class CostLineService {

	static final String AUDIT = "cost_line";

	private final ProgrammeService programmes;

	private final CostLineRepository costs;

	private final CostKindRepository costKinds;

	private final AuditLog audit;

	CostLineService(ProgrammeService programmes, CostLineRepository costs, CostKindRepository costKinds, AuditLog audit) {
		this.programmes = programmes;
		this.costs = costs;
		this.costKinds = costKinds;
		this.audit = audit;
	}

	public List<CostKind> costKinds() {
		return costKinds.findAllByOrderByPositionAscIdAsc();
	}

	public List<CostLine> costLines(long programmeId) {
		programmes.get(programmeId);
		return costs.findByProgrammeIdOrderByCostYearAscIdAsc(programmeId);
	}

	public CostLine costLine(long id) {
		CostLine line = costs.findById(id).orElseThrow(() -> new NotFoundException("Cost line", id));
		programmes.get(line.programmeId());
		return line;
	}

	@Transactional
	public CostLine addCostLine(long programmeId, CostLineForm form) {
		Programme programme = programmes.get(programmeId);
		programmes.requireEditor(programme);
		InvalidInputException.throwFirst(problems(programme, form, null));
		Instant now = Instant.now();
		CostLine saved = costs.save(new CostLine(null, null, programmeId, form.getCostYear(), form.getCostKindId(),
				orZero(form.getBudget()), orZero(form.getSpent()), blank(form.getNote()), now, now));
		audit.created(AUDIT, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public CostLine updateCostLine(long id, CostLineForm form) {
		CostLine before = costLine(id);
		Programme programme = programmes.get(before.programmeId());
		programmes.requireEditor(programme);
		InvalidInputException.throwFirst(problems(programme, form, before.costKindId()));
		CostLine saved = costs.save(new CostLine(id, before.version(), before.programmeId(), form.getCostYear(),
				form.getCostKindId(), orZero(form.getBudget()), orZero(form.getSpent()), blank(form.getNote()),
				before.createdAt(), Instant.now()));
		audit.updated(AUDIT, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	@Transactional
	public void deleteCostLine(long id) {
		CostLine before = costLine(id);
		programmes.requireEditor(programmes.get(before.programmeId()));
		costs.deleteById(id);
		audit.deleted(AUDIT, id, before.auditValues());
	}

	/** What is wrong with a new cost line of the programme. */
	public List<InvalidInputException> problems(long programmeId, CostLineForm form) {
		return problems(programmes.get(programmeId), form, null);
	}

	/** What is wrong with the changed cost line; it may keep a cost kind that has since been deactivated. */
	public List<InvalidInputException> costLineProblems(long lineId, CostLineForm form) {
		CostLine line = costLine(lineId);
		return problems(programmes.get(line.programmeId()), form, line.costKindId());
	}

	private List<InvalidInputException> problems(Programme programme, CostLineForm form, Long currentKindId) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.getCostYear() != null && (form.getCostYear() < programme.startDate().getYear()
				|| form.getCostYear() > programme.endDate().getYear())) {
			problems.add(new InvalidInputException("costYear", "followup.cost.outsidePeriod"));
		}
		if (form.getCostKindId() != null) {
			Optional<CostKind> kind = costKinds.findById(form.getCostKindId());
			if (kind.isEmpty()) {
				problems.add(new InvalidInputException("costKindId", "followup.cost.kind.unknown"));
			}
			else if (!kind.get().active() && !kind.get().id().equals(currentKindId)) {
				problems.add(new InvalidInputException("costKindId", "followup.cost.kind.inactive"));
			}
		}
		return problems;
	}

}
