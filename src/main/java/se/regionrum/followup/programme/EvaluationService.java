package se.regionrum.followup.programme;

import static se.regionrum.platform.Text.blank;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.AuditLog;
import se.regionrum.platform.NotFoundException;

/**
 * The use cases of a programme's evaluations; who may read or change them is decided by the programme
 * ({@link ProgrammeService#get}, {@link ProgrammeService#requireEditor}).
 */
@Service
public class EvaluationService {

	static final String AUDIT = "evaluation";

	private final ProgrammeService programmes;

	private final EvaluationRepository evaluations;

	private final ProgrammeQueries queries;

	private final AuditLog audit;

	EvaluationService(ProgrammeService programmes, EvaluationRepository evaluations, ProgrammeQueries queries,
			AuditLog audit) {
		this.programmes = programmes;
		this.evaluations = evaluations;
		this.queries = queries;
		this.audit = audit;
	}

	public List<Evaluation> evaluations(long programmeId) {
		programmes.get(programmeId);
		return evaluations.findByProgrammeIdOrderByEvaluatedOnAscIdAsc(programmeId);
	}

	public Evaluation evaluation(long id) {
		Evaluation evaluation = evaluations.findById(id).orElseThrow(() -> new NotFoundException("Evaluation", id));
		programmes.get(evaluation.programmeId());
		return evaluation;
	}

	public List<Long> surveyIds(long evaluationId) {
		evaluation(evaluationId);
		return queries.surveyIds(evaluationId);
	}

	public EvaluationForm evaluationForm(long id) {
		Evaluation e = evaluation(id);
		return new EvaluationForm(e.kind(), e.title(), e.evaluatedOn(), e.meetingId(), e.assessment(),
				queries.surveyIds(id));
	}

	@Transactional
	public Evaluation addEvaluation(long programmeId, EvaluationForm form) {
		programmes.requireEditor(programmes.get(programmeId));
		Instant now = Instant.now();
		Evaluation saved = evaluations.save(new Evaluation(null, null, programmeId, form.kind(),
				form.title().strip(), form.evaluatedOn(), form.meetingId(), blank(form.assessment()), now,
				now));
		queries.replaceSurveys(saved.id(), form.surveyIds());
		audit.created(AUDIT, saved.id(), withSurveys(saved));
		return saved;
	}

	@Transactional
	public Evaluation updateEvaluation(long id, EvaluationForm form) {
		Evaluation before = evaluation(id);
		programmes.requireEditor(programmes.get(before.programmeId()));
		var beforeValues = withSurveys(before);
		Evaluation saved = evaluations.save(new Evaluation(id, before.version(), before.programmeId(), form.kind(),
				form.title().strip(), form.evaluatedOn(), form.meetingId(), blank(form.assessment()),
				before.createdAt(), Instant.now()));
		queries.replaceSurveys(id, form.surveyIds());
		audit.updated(AUDIT, id, beforeValues, withSurveys(saved));
		return saved;
	}

	@Transactional
	public void deleteEvaluation(long id) {
		Evaluation before = evaluation(id);
		programmes.requireEditor(programmes.get(before.programmeId()));
		var values = withSurveys(before);
		evaluations.deleteById(id);
		audit.deleted(AUDIT, id, values);
	}

	private Map<String, Object> withSurveys(Evaluation e) {
		Map<String, Object> values = e.auditValues();
		values.put("surveyIds", queries.surveyIds(e.id()));
		return values;
	}

}
