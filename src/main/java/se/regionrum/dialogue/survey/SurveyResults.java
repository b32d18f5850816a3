package se.regionrum.dialogue.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Counts the stored answers of one question, by its kind (see {@link Survey.QuestionResult}). */
final class SurveyResults {

	private SurveyResults() {
	}

	/**
	 * @param label the label a stored value is shown with (yes/no in the reader's language)
	 */
	static Survey.QuestionResult of(Survey.Question q, List<SurveyQueries.StoredAnswer> stored,
			UnaryOperator<String> label) {
		Set<Long> responses = new LinkedHashSet<>();
		stored.forEach(a -> responses.add(a.responseId()));
		int total = responses.size();
		List<Survey.Row> rows = new ArrayList<>();
		Double mean = null;
		switch (q.kind()) {
			case SCALE -> {
				Map<Integer, Integer> counts = new LinkedHashMap<>();
				q.scaleSteps().forEach(step -> counts.put(step, 0));
				int sum = 0;
				int n = 0;
				for (SurveyQueries.StoredAnswer a : stored) {
					int value = Integer.parseInt(a.value());
					counts.merge(value, 1, Integer::sum);
					sum += value;
					n++;
				}
				counts.forEach((step, count) -> rows.add(new Survey.Row(stepLabel(q, step), count, percent(count, total))));
				mean = n == 0 ? null : Math.round(10.0 * sum / n) / 10.0;
			}
			case SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO -> {
				// percent of the participants who answered; multiple choice may add up to more than 100
				for (String option : q.optionList()) {
					int count = (int) stored.stream().filter(a -> a.value().equals(option)).count();
					rows.add(new Survey.Row(label.apply(option), count, percent(count, total)));
				}
			}
			case RANKING -> {
				int n = q.optionList().size();
				for (String option : q.optionList()) {
					int points = 0;
					int first = 0;
					for (SurveyQueries.StoredAnswer a : stored) {
						if (a.value().equals(option) && a.place() != null) {
							points += n - a.place() + 1;
							first += a.place() == 1 ? 1 : 0;
						}
					}
					rows.add(new Survey.Row(option, first, percent(first, total), points));
				}
				rows.sort(Comparator.comparing(Survey.Row::points).reversed());
			}
			case FREE_TEXT -> {
				// group equal answers (ignoring case, spaces and a final full stop), most frequent first
				Map<String, Integer> counts = new LinkedHashMap<>();
				Map<String, String> firstSpelling = new LinkedHashMap<>();
				for (SurveyQueries.StoredAnswer a : stored) {
					String key = SurveyService.normalise(a.value());
					counts.merge(key, 1, Integer::sum);
					firstSpelling.putIfAbsent(key, a.value().strip());
				}
				counts.entrySet().stream()
					.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
					.forEach(e -> rows.add(new Survey.Row(firstSpelling.get(e.getKey()), e.getValue(),
							percent(e.getValue(), total))));
			}
		}
		return new Survey.QuestionResult(q, total, rows, mean);
	}

	/** A scale step, with the label of its end where the step is one: "1 (Inte alls)". */
	private static String stepLabel(Survey.Question q, int step) {
		String end = step == q.scaleMin() ? q.minLabel() : step == q.scaleMax() ? q.maxLabel() : null;
		return end == null ? String.valueOf(step) : step + " (" + end + ")";
	}

	private static int percent(int count, int total) {
		return total == 0 ? 0 : Math.round(100f * count / total);
	}

}
