/**
 * Development initiatives (utvecklingsinitiativ) with their obstacles, funding lines, status
 * history, practice cases and pilot projects; large establishments with impact estimates; the
 * coverage of the regional strategy's goals by the municipalities' initiatives.
 * <p>
 * {@link se.regionrum.initiatives.Initiatives} is what other modules use: the dialogue module
 * creates an initiative from a meeting note or interview with an origin reference, and finds
 * the initiatives that came from one. {@link se.regionrum.initiatives.InitiativeCreated} is
 * published for every new initiative. Other modules hold an initiative only by its id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Initiatives",
		allowedDependencies = { "platform", "actors", "strategy" })
package se.regionrum.initiatives;
