/**
 * Service accessibility analysis: population grid, service points, road network and the accessibility engine.
 * <p>
 * Pages under {@code /analysis} and the API under {@code /api/v1/analysis} are for signed-in users;
 * administrators and editors start runs and import data. Other modules are not called into except
 * through {@link se.regionrum.actors.MunicipalityBoundaries}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "actors" })
package se.regionrum.analysis;
