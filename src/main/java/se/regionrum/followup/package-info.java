/**
 * Follow-up: programmes and projects with their action areas, activities, costs per year and
 * cost kind, partners, results (written and measured), lessons, dissemination and evaluations;
 * the final report (slutrapport) as a web page and a PDF; the method handbook (methods, handbooks
 * compiled from methods, practice cases, programme lessons and survey results, published editions).
 * <p>
 * The top floor of the application: it reads the other modules through their root-package APIs
 * only (plan register, meetings and surveys, initiatives and their figures, organisations and
 * people) and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up",
		allowedDependencies = { "platform", "actors", "strategy", "initiatives", "dialogue", "indicators", "analysis" })
package se.regionrum.followup;
