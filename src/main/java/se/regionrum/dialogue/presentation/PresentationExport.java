package se.regionrum.dialogue.presentation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.regionrum.platform.CsvExport;

/**
 * Results as CSV: one file per question and one summary of the whole presentation. Every row says
 * what its number is (answers, points, votes), with the same words as the pages.
 */
@Component
class PresentationExport {

	private final MessageSource messages;

	PresentationExport(MessageSource messages) {
		this.messages = messages;
	}

	void question(OutputStream out, Results results, Locale locale) throws IOException {
		List<String> header = List.of(msg("dialogue.presentation.csv.answer", locale), msg("dialogue.presentation.csv.value", locale),
				msg("dialogue.presentation.csv.unit", locale), msg("dialogue.presentation.csv.percent", locale));
		List<List<?>> rows = new ArrayList<>();
		for (Results.Row r : results.rows()) {
			rows.add(List.of(r.label(), r.count(), unit(results, locale), percent(results, r)));
		}
		CsvExport.write(out, header, rows);
	}

	void summary(OutputStream out, List<Results> all, Locale locale) throws IOException {
		List<String> header = List.of(msg("dialogue.presentation.csv.number", locale), msg("dialogue.presentation.csv.question", locale),
				msg("dialogue.presentation.csv.kind", locale), msg("dialogue.presentation.csv.answers", locale),
				msg("dialogue.presentation.csv.answer", locale), msg("dialogue.presentation.csv.value", locale),
				msg("dialogue.presentation.csv.unit", locale), msg("dialogue.presentation.csv.percent", locale));
		List<List<?>> rows = new ArrayList<>();
		for (Results results : all) {
			Question q = results.question();
			String kind = msg("dialogue.presentation.kind." + q.kind().name(), locale);
			if (results.rows().isEmpty()) {
				rows.add(List.of(q.number(), q.text(), kind, results.answers(), "", "", "", ""));
			}
			for (Results.Row r : results.rows()) {
				rows.add(List.of(q.number(), q.text(), kind, results.answers(), r.label(), r.count(), unit(results, locale),
						percent(results, r)));
			}
		}
		CsvExport.write(out, header, rows);
	}

	/** What a row's number means: answers, votes, or points with how a ranking counts them. */
	String unit(Results results, Locale locale) {
		return switch (results.question().kind()) {
			case RANKING -> messages.getMessage("dialogue.presentation.csv.points", new Object[] { results.firstPlacePoints() }, locale);
			case QA -> msg("dialogue.presentation.csv.votes", locale);
			default -> msg("dialogue.presentation.csv.count", locale);
		};
	}

	private static Object percent(Results results, Results.Row row) {
		QuestionKind kind = results.question().kind();
		return kind == QuestionKind.OPEN_TEXT || kind == QuestionKind.QA ? "" : row.percent();
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
