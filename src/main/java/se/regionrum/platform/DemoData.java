package se.regionrum.platform;

/**
 * A module's part of the demo data set. Every module that brings demo data declares one bean of
 * this type; one start-up runner (in the platform) calls them by {@link #order()} once the
 * application is ready, as the system user, honouring {@code regionrum.demo.mode}:
 * {@code if-empty} (default) loads a part only when {@link #holdsNoData()}, {@code always} lets
 * every part add whatever is missing, {@code never} loads nothing.
 * <p>
 * A loader writes through its feature's services, or, where it must bypass a service's rule
 * (past dates, the system user), through clearly named methods of the feature's {@code …Queries}
 * class; it holds no SQL itself.
 */
public interface DemoData {

	/** Lower runs first: a part may rely on the parts before it (organisations, then goals …). */
	int order();

	/** Whether the module holds none of the data this part loads yet (mode {@code if-empty}). */
	boolean holdsNoData();

	/** Adds whatever of the data set is missing; loading again adds nothing. */
	void loadMissing();

}
