package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/**
 * Someone looks at who commutes where in the demo region: the flow map draws its arcs (with the
 * legend of line widths in numbers, and the exempeldata mark), the tables give the same figures as
 * text, the in-commuting view of one municipality and the net view work, and the page is
 * accessible at 1280 and 320 px.
 */
class SeeWhoCommutesWhereBrowserTest extends BrowserTest {

	@Test
	void theFlowMapShowsTheDemoFlowsWithLegendAndTables() {
		open("/indicators/flows");
		waitForMap();
		assertThat(page.locator(".example-note")).containsText("Exempeldata");
		assertThat(page.locator(".flows-legend").first()).containsText("10–99 personer");
		assertThat(page.locator(".flows-legend").first()).containsText("5\u00a0000 personer och fler");
		assertThat(page.locator("table[aria-labelledby=flows-largest] tbody tr").first()).containsText("Borlänge (2081)");
		int flows = Integer.parseInt(page.locator("#flow-map").getAttribute("data-flow-count"));
		assertThat(flows).isGreaterThan(50);
		assertThat(drawnPixels()).as("arcs drawn on the canvas").isGreaterThan(1000);
		screenshot("flows-map");
		assertAccessible();

		page.selectOption("#view", "in");
		page.selectOption("#area", "2080");
		page.locator(".flows-filters button[type=submit]").click();
		page.waitForURL("**view=in**");
		waitForMap();
		assertThat(page.locator(".flows-page")).containsText("Flödena in till Falun.");
		int in = Integer.parseInt(page.locator("#flow-map").getAttribute("data-flow-count"));
		assertThat(in).isBetween(1, flows - 1);
		screenshot("flows-map-in-falun");
		assertAccessible();

		open("/indicators/flows?view=net&gender=K&year=2021");
		waitForMap();
		assertThat(page.locator(".flows-legend")).containsText("fylld cirkel");
		screenshot("flows-map-net");
		assertAccessible();

		open("/indicators/flows");
		waitForMap();
		page.setViewportSize(320, 800);
		Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(overflow.intValue()).as("no sideways scrolling at 320 px").isLessThanOrEqualTo(0);
		assertAccessible();
		screenshot("flows-map-320");
	}

	private void waitForMap() {
		page.waitForSelector("#flow-map[data-render-state=done]", new Page.WaitForSelectorOptions().setTimeout(15_000));
	}

	private long drawnPixels() {
		Number n = (Number) page.evaluate("""
				() => { const c = document.querySelector('#flow-map canvas.flow-canvas');
				  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
				  for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }""");
		return n.longValue();
	}

}
