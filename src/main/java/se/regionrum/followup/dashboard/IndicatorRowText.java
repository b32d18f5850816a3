package se.regionrum.followup.dashboard;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import se.regionrum.platform.NumberText;

/**
 * An indicator row of the goal dashboard as the page shows it, formatted once in Java: a page with 200
 * indicators would otherwise evaluate thousands of template expressions for numbers and texts.
 */
public record IndicatorRowText(String latest, String latestYear, String trendClass, String arrow, String trend,
		String change, String target, String targetYear, String distance, String targetClass, String targetState) {

	/** The rows of every indicator on the page, by the (identical) trend object the page iterates over. */
	static Map<IndicatorTrend, IndicatorRowText> of(GoalDashboard dashboard, MessageSource messages, Locale locale) {
		Map<IndicatorTrend, IndicatorRowText> texts = new IdentityHashMap<>();
		for (GoalDashboard.AreaSection area : dashboard.areas()) {
			if (area.own() != null) {
				area.own().indicators().forEach(t -> texts.put(t, of(t, messages, locale)));
			}
			area.goals().forEach(g -> g.indicators().forEach(t -> texts.put(t, of(t, messages, locale))));
		}
		return texts;
	}

	static IndicatorRowText of(IndicatorTrend t, MessageSource messages, Locale locale) {
		String change = t.change() == null ? null
				: messages.getMessage("dashboard.trend.change",
						new Object[] { signed(t.change(), locale), String.valueOf(t.baselineYear()) }, locale);
		return new IndicatorRowText(t.latestValue() == null ? null : NumberText.decimal(t.latestValue(), 1, locale),
				t.latestYear() == null ? null : "(" + t.latestYear() + ")",
				"trend-" + t.trend().name().toLowerCase(Locale.ROOT), t.direction().arrow(),
				messages.getMessage(t.trend().messageKey(), null, locale), change,
				t.targetValue() == null ? null : NumberText.decimal(t.targetValue(), 1, locale),
				t.targetYear() == null ? null : "(" + t.targetYear() + ")",
				t.distance() == null ? null : signed(t.distance(), locale),
				"target-" + t.targetState().name().toLowerCase(Locale.ROOT),
				messages.getMessage(t.targetState().messageKey(), null, locale));
	}

	private static String signed(double value, Locale locale) {
		String text = NumberText.decimal(value, 1, locale);
		return value > 0 ? "+" + text : text;
	}

}
