package se.regionrum.actors.workinggroup;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import se.regionrum.platform.CsvExport;

/** Groups as CSV: one row per member; a group without members gets one row with empty member columns. */
final class WorkingGroupCsv {

	static final List<String> COLUMNS = List.of("group_id", "group_name", "kind", "owner_organisation", "started_on",
			"ended_on", "member_organisation", "member_person", "role");

	private WorkingGroupCsv() {
	}

	static void write(List<WorkingGroupSummary> groups, Map<Long, List<MemberView>> members, OutputStream out)
			throws IOException {
		List<List<?>> rows = new ArrayList<>();
		for (WorkingGroupSummary g : groups) {
			List<MemberView> ofGroup = members.getOrDefault(g.id(), List.of());
			if (ofGroup.isEmpty()) {
				rows.add(Arrays.asList(g.id(), g.name(), g.kind(), g.ownerName(), g.startedOn(), g.endedOn(), null,
						null, null));
			}
			for (MemberView m : ofGroup) {
				rows.add(Arrays.asList(g.id(), g.name(), g.kind(), g.ownerName(), g.startedOn(), g.endedOn(),
						m.organisationName(), m.personName(), m.role()));
			}
		}
		CsvExport.write(out, COLUMNS, rows);
	}

}
