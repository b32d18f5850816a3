package se.regionrum.followup.handbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A handbook as it is read: everything its chapters show, copied from their sources when it was
 * composed. An edition stores this (as JSON), so later changes to a method or a story do not
 * change a published edition. Texts are Markdown source.
 *
 * @param editionNumber 0 for a draft
 * @param publishedOn null for a draft
 */
public record EditionContent(String title, String foreword, String owner, int editionNumber, LocalDate publishedOn,
		List<Chapter> chapters) {

	/** A chapter; municipalities and themes (names) are set for practice cases, questions for survey results. */
	public record Chapter(int number, ChapterKind kind, String title, String intro, List<Section> sections,
			List<String> municipalities, List<String> themes, List<Question> questions, String source) {

		public String anchor() {
			return "kapitel-" + number;
		}

	}

	public record Section(String heading, String text) {
	}

	/** A survey question with its answers ranked by how often they occur; mean for a 1–5 scale. */
	public record Question(String text, int answers, List<Answer> rows, Double mean) {
	}

	public record Answer(String label, int count) {
	}

	/** The practice case chapters by municipality, municipalities in alphabetical order (Swedish). */
	public Map<String, List<Chapter>> practiceCasesByMunicipality() {
		return index(true);
	}

	/** The practice case chapters by theme, themes in alphabetical order (Swedish). */
	public Map<String, List<Chapter>> practiceCasesByTheme() {
		return index(false);
	}

	public boolean hasPracticeCases() {
		return chapters.stream().anyMatch(c -> c.kind() == ChapterKind.PRACTICE_CASE);
	}

	private Map<String, List<Chapter>> index(boolean byMunicipality) {
		Map<String, List<Chapter>> index = new TreeMap<>(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv")));
		for (Chapter chapter : chapters) {
			if (chapter.kind() != ChapterKind.PRACTICE_CASE) {
				continue;
			}
			for (String key : byMunicipality ? chapter.municipalities() : chapter.themes()) {
				index.computeIfAbsent(key, k -> new ArrayList<>()).add(chapter);
			}
		}
		return index;
	}

}
