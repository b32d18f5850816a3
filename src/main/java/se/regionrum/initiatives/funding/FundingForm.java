package se.regionrum.initiatives.funding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.regionrum.initiatives.FundingSource;

/** What a user types for a funding line; amounts in whole kronor. */
public class FundingForm {

	@NotNull(message = "{initiatives.funding.source.required}")
	private FundingSource source;

	@NotNull(message = "{initiatives.funding.year.required}") @Min(value = 1990, message = "{initiatives.initiative.year.range}") @Max(value = 2100, message = "{initiatives.initiative.year.range}")
	private Integer fundingYear;

	@Min(value = 0, message = "{validation.notNegative}")
	private Long amountApplied;

	@Min(value = 0, message = "{validation.notNegative}")
	private Long amountGranted;

	@Min(value = 0, message = "{validation.notNegative}")
	private Long amountSpent;

	@Size(max = 100, message = "{validation.tooLong}")
	private String decisionReference;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String note;

	public FundingForm() {
	}

	public FundingForm(FundingSource source, Integer fundingYear, Long amountApplied, Long amountGranted,
			Long amountSpent, String decisionReference, String note) {
		this.source = source;
		this.fundingYear = fundingYear;
		this.amountApplied = amountApplied;
		this.amountGranted = amountGranted;
		this.amountSpent = amountSpent;
		this.decisionReference = decisionReference;
		this.note = note;
	}

	static FundingForm of(FundingLine f) {
		return new FundingForm(f.source(), f.fundingYear(), f.amountApplied(), f.amountGranted(), f.amountSpent(),
				f.decisionReference(), f.note());
	}

	public FundingSource getSource() {
		return source;
	}

	public void setSource(FundingSource source) {
		this.source = source;
	}

	public Integer getFundingYear() {
		return fundingYear;
	}

	public void setFundingYear(Integer fundingYear) {
		this.fundingYear = fundingYear;
	}

	public Long getAmountApplied() {
		return amountApplied;
	}

	public void setAmountApplied(Long amountApplied) {
		this.amountApplied = amountApplied;
	}

	public Long getAmountGranted() {
		return amountGranted;
	}

	public void setAmountGranted(Long amountGranted) {
		this.amountGranted = amountGranted;
	}

	public Long getAmountSpent() {
		return amountSpent;
	}

	public void setAmountSpent(Long amountSpent) {
		this.amountSpent = amountSpent;
	}

	public String getDecisionReference() {
		return decisionReference;
	}

	public void setDecisionReference(String decisionReference) {
		this.decisionReference = decisionReference;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
