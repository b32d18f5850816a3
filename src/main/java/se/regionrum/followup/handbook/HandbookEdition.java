package se.regionrum.followup.handbook;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A published edition: a frozen copy of the whole handbook ({@code content}, JSON of {@link EditionContent}). */
@Table
public record HandbookEdition(@Id Long id, long handbookId, int editionNumber, LocalDate publishedOn,
		Instant publishedAt, String publishedBy, String title, String content) {
}
