package se.regionrum.followup.programme;

import static se.regionrum.platform.Text.blank;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.AuditLog;
import se.regionrum.platform.ConflictException;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;

/**
 * Administration of cost kinds (kostnadsslag): anyone reads them; administrators add, rename,
 * reorder, deactivate and reactivate them, and delete those no cost line uses. A kind in use is
 * deactivated instead: it is then no longer offered for new cost lines, while the lines that have
 * it keep it and reports still show it. Every change goes to the audit log.
 */
@Service
public class CostKindService {

	static final String AUDIT_COST_KIND = "cost_kind";

	private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

	private final CostKindRepository kinds;

	private final CostLineRepository costs;

	private final Permissions permissions;

	private final AuditLog audit;

	CostKindService(CostKindRepository kinds, CostLineRepository costs, Permissions permissions, AuditLog audit) {
		this.kinds = kinds;
		this.costs = costs;
		this.permissions = permissions;
		this.audit = audit;
	}

	// reading

	/** Every kind, active or not, in the administrators' order. */
	public List<CostKind> all() {
		return kinds.findAllByOrderByPositionAscIdAsc();
	}

	public CostKind get(long id) {
		return kinds.findById(id).orElseThrow(() -> new NotFoundException("Cost kind", id));
	}

	/** The kinds a cost line may be given: the active ones, and the line's own kind if it is inactive. */
	public List<CostKind> options(Long currentKindId) {
		return all().stream().filter(k -> k.active() || Objects.equals(k.id(), currentKindId)).toList();
	}

	public boolean inUse(long id) {
		return costs.existsByCostKindId(id);
	}

	// changing

	@Transactional
	public CostKind create(CostKindForm form) {
		permissions.requireAdmin();
		InvalidInputException.throwFirst(problems(null, form));
		List<CostKind> ordered = new ArrayList<>(all());
		String code = blank(form.getCode()) == null ? uniqueCode(form.getName()) : normalisedCode(form.getCode());
		int last = ordered.stream().mapToInt(CostKind::position).max().orElse(0);
		CostKind saved = save(new CostKind(null, code, form.getName().strip(), blank(form.getNameEn()), last + 1,
				form.getActive() == null || form.getActive()));
		audit.created(AUDIT_COST_KIND, saved.id(), saved.auditValues());
		if (form.getPosition() != null) {
			saved = moveTo(saved.id(), form.getPosition());
		}
		return saved;
	}

	/** Renames the kind (code stays); position and active change only when given. */
	@Transactional
	public CostKind update(long id, CostKindForm form) {
		permissions.requireAdmin();
		CostKind before = get(id);
		InvalidInputException.throwFirst(problems(id, form));
		CostKind saved = save(new CostKind(id, before.code(), form.getName().strip(), blank(form.getNameEn()),
				before.position(), form.getActive() == null ? before.active() : form.getActive()));
		audit.updated(AUDIT_COST_KIND, id, before.auditValues(), saved.auditValues());
		if (form.getPosition() != null && form.getPosition() != before.position()) {
			saved = moveTo(id, form.getPosition());
		}
		return saved;
	}

	/** Moves the kind one step up (earlier) or down in the order. */
	@Transactional
	public void move(long id, boolean up) {
		permissions.requireAdmin();
		List<CostKind> ordered = all();
		int index = indexOf(ordered, id);
		int target = up ? index - 1 : index + 1;
		if (target >= 0 && target < ordered.size()) {
			moveTo(id, target + 1);
		}
	}

	@Transactional
	public CostKind setActive(long id, boolean active) {
		permissions.requireAdmin();
		CostKind before = get(id);
		if (before.active() == active) {
			return before;
		}
		CostKind saved = kinds.save(new CostKind(id, before.code(), before.name(), before.nameEn(), before.position(),
				active));
		audit.updated(AUDIT_COST_KIND, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	/** Deletes a kind no cost line uses; one in use can only be deactivated. */
	@Transactional
	public void delete(long id) {
		permissions.requireAdmin();
		CostKind before = get(id);
		if (inUse(id)) {
			throw new ConflictException("followup.costKind.inUse");
		}
		kinds.deleteById(id);
		audit.deleted(AUDIT_COST_KIND, id, before.auditValues());
	}

	// rules

	/** What is wrong with the form for a new kind ({@code id} null) or for the kind with that id. */
	public List<InvalidInputException> problems(Long id, CostKindForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		List<CostKind> others = all().stream().filter(k -> !Objects.equals(k.id(), id)).toList();
		if (id == null && blank(form.getCode()) != null) {
			String code = normalisedCode(form.getCode());
			if (!CODE.matcher(code).matches()) {
				problems.add(new InvalidInputException("code", "followup.costKind.code.invalid"));
			}
			else if (others.stream().anyMatch(k -> k.code().equalsIgnoreCase(code))) {
				problems.add(new InvalidInputException("code", "followup.costKind.code.taken"));
			}
		}
		String name = blank(form.getName());
		if (name == null) {
			problems.add(new InvalidInputException("name", "followup.costKind.name.required"));
		}
		else if (others.stream().anyMatch(k -> k.name().strip().equalsIgnoreCase(name))) {
			problems.add(new InvalidInputException("name", "followup.costKind.name.taken"));
		}
		String nameEn = blank(form.getNameEn());
		if (nameEn != null
				&& others.stream().anyMatch(k -> k.nameEn() != null && k.nameEn().strip().equalsIgnoreCase(nameEn))) {
			problems.add(new InvalidInputException("nameEn", "followup.costKind.nameEn.taken"));
		}
		return problems;
	}

	private CostKind moveTo(long id, int position) {
		List<CostKind> ordered = new ArrayList<>(all());
		CostKind moving = ordered.remove(indexOf(ordered, id));
		ordered.add(Math.max(0, Math.min(position - 1, ordered.size())), moving);
		CostKind result = moving;
		for (int i = 0; i < ordered.size(); i++) {
			CostKind k = ordered.get(i);
			if (k.position() != i + 1) {
				CostKind saved = kinds.save(new CostKind(k.id(), k.code(), k.name(), k.nameEn(), i + 1, k.active()));
				audit.updated(AUDIT_COST_KIND, k.id(), k.auditValues(), saved.auditValues());
				if (k.id().equals(id)) {
					result = saved;
				}
			}
		}
		return result;
	}

	private CostKind save(CostKind kind) {
		try {
			return kinds.save(kind);
		}
		catch (DataIntegrityViolationException ex) {
			// another administrator took the code at the same moment (unique index cost_kind_code)
			throw new InvalidInputException("code", "followup.costKind.code.taken");
		}
	}

	private String uniqueCode(String name) {
		String base = normalisedCode(Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", ""))
			.replaceAll("[^A-Z0-9]+", "_")
			.replaceAll("^_+|_+$", "");
		if (base.isEmpty()) {
			base = "KIND";
		}
		base = base.length() > 36 ? base.substring(0, 36) : base;
		List<String> taken = all().stream().map(k -> k.code().toUpperCase(Locale.ROOT)).toList();
		String code = base;
		for (int n = 2; taken.contains(code); n++) {
			code = base + "_" + n;
		}
		return code;
	}

	private static String normalisedCode(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

	private static int indexOf(List<CostKind> kinds, long id) {
		for (int i = 0; i < kinds.size(); i++) {
			if (kinds.get(i).id() == id) {
				return i;
			}
		}
		throw new NotFoundException("Cost kind", id);
	}

}
