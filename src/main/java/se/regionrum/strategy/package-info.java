/**
 * Strategies with goal areas, goals and priorities; plan register; consultations; issue classification.
 * <p>
 * Not built yet: the package holds the module's place in the structure.
 */
@org.springframework.modulith.ApplicationModule
package se.regionrum.strategy;
