package se.regionrum.platform.audit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.regionrum.platform.AuditAction;
import se.regionrum.platform.CsvExport;

@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String username, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String action, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditFilter filter = new AuditFilter(username, entityType, action, entityId, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", audit.find(filter, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("entityTypes", audit.entityTypes());
		model.addAttribute("actions", AuditAction.values());
		return "platform/audit";
	}

	@GetMapping("/admin/audit/export.csv")
	void export(@RequestParam(required = false) String username, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String action, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		AuditFilter filter = new AuditFilter(username, entityType, action, entityId, from, to);
		List<List<?>> rows = new ArrayList<>();
		for (AuditEntry entry : audit.find(filter, 0, 100_000).items()) {
			if (entry.changes().isEmpty()) {
				rows.add(List.of(entry.occurredAt(), entry.username(), entry.entityType(), nz(entry.entityId()),
						entry.action(), "", "", "", nz(entry.detail())));
			}
			for (AuditEntry.FieldChange change : entry.changes()) {
				rows.add(List.of(entry.occurredAt(), entry.username(), entry.entityType(), nz(entry.entityId()),
						entry.action(), change.field(), nz(change.oldValue()), nz(change.newValue()), ""));
			}
		}
		CsvExport.download(response, "granskningslogg.csv");
		CsvExport.write(response.getOutputStream(),
				List.of("tidpunkt", "anvandare", "typ", "id", "handelse", "falt", "gammalt_varde", "nytt_varde",
						"detalj"),
				rows);
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
