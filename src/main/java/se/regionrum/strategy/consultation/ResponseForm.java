package se.regionrum.strategy.consultation;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** An organisation's response: an overall summary and a stance (with a remark) per goal of the draft. */
public class ResponseForm {

	@Size(max = 8000, message = "{validation.tooLong}")
	private String summary;

	@Valid
	private List<StanceEntry> stances = new ArrayList<>();

	public ResponseForm() {
	}

	public ResponseForm(String summary, List<StanceEntry> stances) {
		this.summary = summary;
		this.stances = stances == null ? new ArrayList<>() : new ArrayList<>(stances);
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public List<StanceEntry> getStances() {
		return stances;
	}

	public void setStances(List<StanceEntry> stances) {
		this.stances = stances == null ? new ArrayList<>() : stances;
	}

	/** The stance on one goal; a goal left without stance is not answered. */
	public static class StanceEntry {

		private Long goalId;

		private Stance stance;

		@Size(max = 4000, message = "{validation.tooLong}")
		private String remark;

		public StanceEntry() {
		}

		public StanceEntry(Long goalId, Stance stance, String remark) {
			this.goalId = goalId;
			this.stance = stance;
			this.remark = remark;
		}

		public Long getGoalId() {
			return goalId;
		}

		public void setGoalId(Long goalId) {
			this.goalId = goalId;
		}

		public Stance getStance() {
			return stance;
		}

		public void setStance(Stance stance) {
			this.stance = stance;
		}

		public String getRemark() {
			return remark;
		}

		public void setRemark(String remark) {
			this.remark = remark;
		}

	}

}
