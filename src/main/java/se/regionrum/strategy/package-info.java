/**
 * Strategies: the regional development strategy (RUS) and the municipalities' development
 * strategies, with their goal areas, goals and long-term priorities; the plan register and the
 * planning-reality matrix; consultations (remiss) with positions per goal; issue classification.
 * <p>
 * {@link se.regionrum.strategy.Goals} is what other modules use to find and name goals; they
 * hold a goal only by its id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategy",
		allowedDependencies = { "platform", "actors" })
package se.regionrum.strategy;
