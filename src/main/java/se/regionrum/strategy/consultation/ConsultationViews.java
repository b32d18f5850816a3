package se.regionrum.strategy.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.regionrum.strategy.GoalLevel;

/** What the consultation pages and API show, as plain records. */
public final class ConsultationViews {

	private ConsultationViews() {
	}

	/** A row of the consultation list. */
	public record ConsultationSummary(long id, String title, long strategyId, String strategyName, LocalDate opensOn,
			LocalDate closesOn, ConsultationPhase phase, long invited, long responses, long comments) {
	}

	/**
	 * A goal as the draft read when the consultation opened.
	 *
	 * @param depth 0 for a goal area, 1 below it, 2 below that
	 */
	public record DraftGoal(long goalId, Long parentId, GoalLevel level, String code, String title,
			String description, int position, int depth) {

		public String label() {
			return code == null || code.isBlank() ? title : code + " " + title;
		}

	}

	/** An invited organisation and whether it has answered. */
	public record Invitee(long organisationId, String name, Instant invitedAt, Long responseId, Instant respondedAt) {

		public boolean responded() {
			return responseId != null;
		}

	}

	/** One organisation's stance on one goal. */
	public record StanceView(long goalId, long organisationId, String organisationName, Stance stance, String remark) {
	}

	/** The stances on one goal of the draft, counted, and how far they agree. */
	public record ConsensusRow(DraftGoal goal, long supports, long supportsWithChanges, long opposes, long noView,
			long notAnswered, Agreement agreement, List<StanceView> stances) {

		public long stated() {
			return supports + supportsWithChanges + opposes;
		}

		/** Share of the responding organisations with a view that support the goal (with or without changes), 0–100. */
		public int supportPercent() {
			long stated = stated();
			return stated == 0 ? 0 : (int) Math.round(100.0 * (supports + supportsWithChanges) / stated);
		}

		public long percentOf(long count) {
			long all = supports + supportsWithChanges + opposes + noView + notAnswered;
			return all == 0 ? 0 : Math.round(100.0 * count / all);
		}

	}

	/** The whole consensus view: per goal, and overall figures. */
	public record Consensus(long invited, long responses, List<ConsensusRow> rows) {

		public long count(Agreement agreement) {
			return rows.stream().filter(r -> r.agreement() == agreement).count();
		}

	}

	/** How a goal changed between the draft sent on consultation and the strategy now. */
	public enum ChangeKind {
		UNCHANGED, CHANGED, RETIRED, ADDED
	}

	/** A piece of text in a word diff: kept, removed or added. */
	public record DiffPart(String text, DiffType type) {
	}

	public enum DiffType {
		SAME, DELETED, INSERTED
	}

	/**
	 * One goal in the comparison of the draft with the current (or adopted) version.
	 *
	 * @param draft the goal as sent on consultation; {@code null} for a goal added since
	 */
	public record GoalChange(long goalId, ChangeKind kind, DraftGoal draft, GoalLevel level, String currentCode,
			String currentTitle, String currentDescription, List<DiffPart> titleDiff, List<DiffPart> descriptionDiff,
			int depth) {
	}

	/** An organisation's response as the response page shows it. */
	public record ResponseView(long id, long organisationId, String organisationName, String summary,
			String submittedBy, Instant submittedAt, Instant updatedAt, List<StanceView> stances) {
	}

}
