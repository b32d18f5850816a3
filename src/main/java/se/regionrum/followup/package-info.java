/**
 * Programmes with action areas, activities, costs, results and lessons; dashboards and reports.
 * <p>
 * Not built yet: the package holds the module's place in the structure.
 */
@org.springframework.modulith.ApplicationModule
package se.regionrum.followup;
