/**
 * Service accessibility analysis: population grid, service points, road network and the accessibility engine.
 * <p>
 * Not built yet: the package holds the module's place in the structure.
 */
@org.springframework.modulith.ApplicationModule
package se.regionrum.analysis;
