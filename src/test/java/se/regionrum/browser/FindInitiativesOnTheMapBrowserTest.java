package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;

/**
 * Someone looks for initiatives on the map: the colours of the markers are explained, in the map
 * and as text under it, and a search with one hit shows that place among its surroundings
 * instead of a lone marker on an empty canvas.
 */
class FindInitiativesOnTheMapBrowserTest extends InitiativesDemoBrowserTest {

	@Test
	void theMapExplainsItsColoursAndFramesASingleHitWithItsSurroundings() {
		open("/initiatives/map");
		page.waitForSelector("#initiatives-map .leaflet-interactive");
		Locator legend = page.locator("#status-legend li");
		assertThat(legend).hasCount(8);
		assertThat(page.locator("#status-legend")).containsText("Pågår");
		assertThat(page.locator("#initiatives-map .map-legend-control li")).not().hasCount(0);
		// the colour a marker has is the colour its status has in the legend
		String markerColour = (String) page.evaluate("() => getComputedStyle(document.querySelector("
				+ "'#initiatives-map path.leaflet-interactive')).fill");
		Object legendColours = page.evaluate("() => Array.from(document.querySelectorAll('#status-legend .swatch'))"
				+ ".map(s => getComputedStyle(s).backgroundColor)");
		assertThat(legendColours.toString()).contains(markerColour);
		screenshot("initiatives-map-legend");
		assertAccessible();

		open("/initiatives/map?q=" + URLEncoder.encode("Servicepunkt i Björbo", StandardCharsets.UTF_8));
		page.waitForSelector("#initiatives-map .leaflet-interactive");
		assertThat(page.locator("#initiatives-map path.leaflet-interactive")).hasCount(1);
		page.locator("#initiatives-map path.leaflet-interactive").hover();
		assertThat(page.locator(".leaflet-tooltip")).containsText("Servicepunkt i Björbo (");
		// the municipal boundaries around the place are in view, not only the marker
		page.waitForFunction(
				"() => document.querySelectorAll('#initiatives-map path:not(.leaflet-interactive)').length > 0");
		Number inView = (Number) page.evaluate("""
				() => {
				  const box = document.getElementById('initiatives-map').getBoundingClientRect();
				  return Array.from(document.querySelectorAll('#initiatives-map path:not(.leaflet-interactive)'))
				    .map(p => p.getBoundingClientRect())
				    .filter(r => r.width > 0 && r.right > box.left && r.left < box.right
				      && r.bottom > box.top && r.top < box.bottom)
				    .filter(r => r.width < box.width * 1.5 || r.height < box.height * 1.5).length;
				}""");
		assertThat(inView.intValue()).as("municipalities around the single hit").isGreaterThanOrEqualTo(2);
		screenshot("initiatives-map-single");
		assertAccessible();
	}

}
