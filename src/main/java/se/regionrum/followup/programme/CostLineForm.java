package se.regionrum.followup.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Budget and expenditure of one year and cost kind, in whole kronor, as a user types them. */
public class CostLineForm {

	@NotNull(message = "{followup.cost.year.required}") @Min(value = 1990, message = "{followup.cost.year.range}") @Max(value = 2100, message = "{followup.cost.year.range}")
	private Integer costYear;

	@NotNull(message = "{followup.cost.kind.required}")
	private Long costKindId;

	@Min(value = 0, message = "{validation.notNegative}")
	private Long budget;

	@Min(value = 0, message = "{validation.notNegative}")
	private Long spent;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String note;

	public CostLineForm() {
	}

	public CostLineForm(Integer costYear, Long costKindId, Long budget, Long spent, String note) {
		this.costYear = costYear;
		this.costKindId = costKindId;
		this.budget = budget;
		this.spent = spent;
		this.note = note;
	}

	static CostLineForm of(CostLine c) {
		return new CostLineForm(c.costYear(), c.costKindId(), c.budget(), c.spent(), c.note());
	}

	public Integer getCostYear() {
		return costYear;
	}

	public void setCostYear(Integer costYear) {
		this.costYear = costYear;
	}

	public Long getCostKindId() {
		return costKindId;
	}

	public void setCostKindId(Long costKindId) {
		this.costKindId = costKindId;
	}

	public Long getBudget() {
		return budget;
	}

	public void setBudget(Long budget) {
		this.budget = budget;
	}

	public Long getSpent() {
		return spent;
	}

	public void setSpent(Long spent) {
		this.spent = spent;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
