package se.regionrum.followup.programme;

import static se.regionrum.platform.Text.blank;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.AuditLog;
import se.regionrum.platform.NotFoundException;

/**
 * The use cases of a programme's action areas; who may read or change them is decided by the programme
 * ({@link ProgrammeService#get}, {@link ProgrammeService#requireEditor}).
 */
@Service
public class ActionAreaService {

	static final String AUDIT = "action_area";

	private final ProgrammeService programmes;

	private final ActionAreaRepository areas;

	private final AuditLog audit;

	ActionAreaService(ProgrammeService programmes, ActionAreaRepository areas, AuditLog audit) {
		this.programmes = programmes;
		this.areas = areas;
		this.audit = audit;
	}

	public List<ActionArea> actionAreas(long programmeId) {
		programmes.get(programmeId);
		return areas.findByProgrammeIdOrderByPositionAscIdAsc(programmeId);
	}

	public ActionArea actionArea(long id) {
		ActionArea area = areas.findById(id).orElseThrow(() -> new NotFoundException("Action area", id));
		programmes.get(area.programmeId());
		return area;
	}

	@Transactional
	public ActionArea addActionArea(long programmeId, ActionAreaForm form) {
		programmes.requireEditor(programmes.get(programmeId));
		int position = form.position() != null ? form.position()
				: areas.findByProgrammeIdOrderByPositionAscIdAsc(programmeId).stream().mapToInt(ActionArea::position)
					.max().orElse(0) + 1;
		ActionArea saved = areas.save(new ActionArea(null, null, programmeId, position, form.name().strip(),
				blank(form.description())));
		audit.created(AUDIT, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public ActionArea updateActionArea(long id, ActionAreaForm form) {
		ActionArea before = actionArea(id);
		programmes.requireEditor(programmes.get(before.programmeId()));
		ActionArea saved = areas.save(new ActionArea(id, before.version(), before.programmeId(),
				form.position() != null ? form.position() : before.position(), form.name().strip(),
				blank(form.description())));
		audit.updated(AUDIT, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	@Transactional
	public void deleteActionArea(long id) {
		ActionArea before = actionArea(id);
		programmes.requireEditor(programmes.get(before.programmeId()));
		areas.deleteById(id);
		audit.deleted(AUDIT, id, before.auditValues());
	}

}
