package se.regionrum.strategy.consultation;

import java.util.ArrayList;
import java.util.List;

import se.regionrum.strategy.consultation.ConsultationViews.DiffPart;
import se.regionrum.strategy.consultation.ConsultationViews.DiffType;

/** A word-by-word difference of two short texts (goal titles and descriptions), by longest common subsequence. */
final class WordDiff {

	private WordDiff() {
	}

	static List<DiffPart> of(String before, String after) {
		String[] a = words(before);
		String[] b = words(after);
		int[][] lcs = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<DiffPart> parts = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				add(parts, a[i], DiffType.SAME);
				i++;
				j++;
			}
			else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
				add(parts, a[i], DiffType.DELETED);
				i++;
			}
			else {
				add(parts, b[j], DiffType.INSERTED);
				j++;
			}
		}
		return parts;
	}

	private static String[] words(String text) {
		return text == null || text.isBlank() ? new String[0] : text.trim().split("\\s+");
	}

	/** Joins runs of the same type so the page shows whole phrases as removed or added. */
	private static void add(List<DiffPart> parts, String word, DiffType type) {
		if (!parts.isEmpty() && parts.get(parts.size() - 1).type() == type) {
			DiffPart last = parts.remove(parts.size() - 1);
			parts.add(new DiffPart(last.text() + " " + word, type));
		}
		else {
			parts.add(new DiffPart(word, type));
		}
	}

}
