/**
 * Indicators (nyckeltal): key figures from Kolada, SCB PxWeb or the region's own, with their values
 * per area (municipality, region, country), year and gender, linked to strategy goals with target
 * values; commuting flows between municipalities. The shared knowledge base of figures that the
 * follow-up pages and maps read.
 * <p>
 * {@link se.regionrum.indicators.Indicators} answers the figures other modules show,
 * {@link se.regionrum.indicators.Areas} names every area a figure can belong to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators",
		allowedDependencies = { "platform", "actors", "strategy" })
package se.regionrum.indicators;
