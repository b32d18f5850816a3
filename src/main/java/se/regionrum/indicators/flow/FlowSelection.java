package se.regionrum.indicators.flow;

import se.regionrum.indicators.Gender;

/**
 * What the flow map, its tables, exports and API show: a year (null: the latest), a gender, the
 * smallest flow shown, the view, and the area of the in- and out-commuting views.
 */
public record FlowSelection(Integer year, Gender gender, int min, FlowView view, String area) {

	/** SCB's disclosure limit, which Region Dalarna's own commuting maps use too. */
	public static final int DEFAULT_MIN = 10;

	public FlowSelection {
		gender = gender == null ? Gender.T : gender;
		min = Math.max(1, min);
		view = view == null ? FlowView.ALL : view;
		area = area == null || area.isBlank() ? null : area.strip();
		if (area == null && (view == FlowView.IN || view == FlowView.OUT)) {
			view = FlowView.ALL;
		}
	}

	static FlowSelection of(Integer year, String gender, Integer min, String view, String area) {
		return new FlowSelection(year, Gender.ofCode(gender), min == null ? DEFAULT_MIN : min, FlowView.of(view), area);
	}

	FlowSelection withYear(Integer year) {
		return new FlowSelection(year, gender, min, view, area);
	}

	/** Whether a flow belongs to the view's direction (in- or out-commuting of the chosen area). */
	boolean shows(String home, String work) {
		return switch (view) {
			case IN -> work.equals(area);
			case OUT -> home.equals(area);
			default -> true;
		};
	}

}
