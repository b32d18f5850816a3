package se.regionrum.followup.handbook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The working draft of a method handbook: title, foreword and chapters in order. Publishing
 * freezes it into a {@link HandbookEdition}; the draft stays editable.
 */
@Table
public record Handbook(@Id Long id, @Version Long version, String title, String foreword, long ownerOrganisationId,
		Instant createdAt, Instant updatedAt, List<HandbookChapter> chapters) {

	Handbook with(String newTitle, String newForeword, long newOwner, List<HandbookChapter> newChapters, Instant now) {
		return new Handbook(id, version, newTitle, newForeword, newOwner, createdAt, now, newChapters);
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", title);
		values.put("foreword", foreword);
		values.put("ownerOrganisationId", ownerOrganisationId);
		values.put("chapters", chapters.stream().map(HandbookChapter::describe).toList().toString());
		return values;
	}

}
