package se.regionrum.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a filtered, sorted list; page numbers start at 0. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

	/** The requested page, moved back to the last page when it lies beyond the end (a stale link). */
	public static int clampPage(int page, int size, long total) {
		if (size <= 0 || total == 0) {
			return 0;
		}
		return (int) Math.max(0, Math.min(page, (total - 1) / size));
	}

	public int totalPages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public long firstItemNumber() {
		return total == 0 ? 0 : (long) page * size + 1;
	}

	public long lastItemNumber() {
		return Math.min(total, (long) (page + 1) * size);
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
	}

}
