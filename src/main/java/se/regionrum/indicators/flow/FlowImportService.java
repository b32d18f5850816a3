package se.regionrum.indicators.flow;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.indicators.Areas;
import se.regionrum.indicators.Gender;
import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/**
 * Imports commuting flows from SCB's files (CSV or JSON-stat2), all or nothing, in one transaction:
 * the flows of the years and genders in the file replace what was stored for them. Synchronous: a
 * file stays under the ordinary upload limit (20 MB, about one national year in the long layout),
 * which is read and written in a few seconds, so a background job with progress would add more
 * waiting than it saves.
 */
@Service
public class FlowImportService {

	private final FlowAccess access;

	private final FlowCodes codes;

	private final FlowQueries flows;

	private final AuditLog audit;

	FlowImportService(FlowAccess access, Areas areas, FlowQueries flows, AuditLog audit) {
		this.access = access;
		this.codes = new FlowCodes(areas);
		this.flows = flows;
		this.audit = audit;
	}

	public boolean mayImport() {
		return access.mayImport();
	}

	public void requireMayImport() {
		access.requireImporter();
	}

	/** Reads the file as JSON-stat2 when its name ends in .json (or its content starts with an opening brace), else as CSV. */
	@Transactional
	public FlowImportResult importFile(String fileName, byte[] content, FlowImportOptions options) {
		access.requireImporter();
		if (content == null || content.length == 0) {
			throw new ImportRejectedException(List.of(ImportProblem.ofFile("flows.import.noFile")));
		}
		List<ParsedFlow> flows = json(fileName, content) ? new FlowJsonStatReader(codes).read(content)
				: new FlowCsvReader(codes).read(content, options.encoding());
		return save(flows, options.example(), fileName);
	}

	private FlowImportResult save(List<ParsedFlow> flows, boolean example, String fileName) {
		Set<FlowQueries.YearGender> replaced = new LinkedHashSet<>();
		for (ParsedFlow f : flows) {
			replaced.add(new FlowQueries.YearGender(f.year(), f.gender()));
		}
		this.flows.replaceFlows(replaced, flows, example);
		List<Integer> years = new TreeSet<>(replaced.stream().map(FlowQueries.YearGender::year).toList()).stream().toList();
		List<Gender> genders = replaced.stream().map(FlowQueries.YearGender::gender).distinct()
			.sorted(Comparator.naturalOrder()).toList();
		audit.event("CommutingFlows", String.join(",", years.stream().map(String::valueOf).toList()), AuditAction.IMPORT,
				"flows.audit.imported", flows.size(), fileName == null ? "" : fileName,
				String.join(", ", genders.stream().map(Gender::name).toList()));
		return new FlowImportResult(flows.size(), years, genders, example);
	}

	private static boolean json(String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".json")) {
			return true;
		}
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			return false;
		}
		for (byte b : content) {
			if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
				return b == '{';
			}
		}
		return false;
	}

}
