/**
 * The actors of regional development: organisations (region, municipalities, agencies,
 * companies, associations …), people with their consent, working groups and networks,
 * and municipal boundaries.
 * <p>
 * {@link se.regionrum.actors.Organisations} is what other modules use to look up
 * organisations by id; they hold an organisation only by its id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Actors",
		allowedDependencies = { "platform" })
package se.regionrum.actors;
