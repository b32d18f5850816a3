package se.regionrum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every module's main pages reflow (WCAG 2.1 1.4.10): at 320 and 390 CSS px nothing but a table's
 * own container scrolls sideways, for visitors and for a signed-in administrator alike; wide tables
 * say that they scroll and keep their first column in view.
 */
class ReflowBrowserTest extends BrowserTest {

	static final List<String> PUBLIC_PAGES = List.of("/", "/organisations", "/map", "/strategies", "/plans",
			"/plans/matrix", "/consultations", "/issues", "/issues/classification", "/initiatives", "/initiatives/map",
			"/initiatives/statistics", "/coverage", "/obstacles", "/establishments", "/indicators", "/indicators/flows",
			"/meetings", "/series", "/programmes", "/handbooks", "/maps", "/accessibility", "/login", "/api-reference");

	static final List<String> SIGNED_IN_PAGES = List.of("/people", "/working-groups", "/analysis", "/analysis/points",
			"/analysis/data", "/analysis/imports", "/methods", "/engagement", "/admin", "/admin/users", "/admin/audit",
			"/admin/cost-kinds", "/plan-types", "/organisations/import", "/initiatives/new", "/initiatives/import",
			"/indicators/new", "/indicators/imports", "/programmes/new", "/issues/new", "/maps/new");

	@Test
	void aVisitorsPagesFitAPhone() {
		List<String> tooWide = new ArrayList<>();
		for (String path : PUBLIC_PAGES) {
			checkAtPhoneWidths(path, tooWide);
		}
		// and the first detail page behind the main lists
		for (String list : List.of("/initiatives", "/programmes", "/indicators", "/strategies", "/establishments")) {
			open(list);
			String detail = page.locator("main table tbody tr a").first().getAttribute("href");
			checkAtPhoneWidths(detail, tooWide);
		}
		assertThat(tooWide).as("pages wider than the screen").isEmpty();
	}

	@Test
	void anAdministratorsPagesFitAPhone() {
		signInAsAdmin();
		List<String> tooWide = new ArrayList<>();
		for (String path : SIGNED_IN_PAGES) {
			checkAtPhoneWidths(path, tooWide);
		}
		for (String list : List.of("/analysis", "/initiatives", "/programmes", "/indicators", "/people", "/maps",
				"/establishments")) {
			open(list);
			var links = page.locator("main table tbody tr a");
			if (links.count() > 0) {
				String detail = links.first().getAttribute("href");
				checkAtPhoneWidths(detail, tooWide);
				if (detail.matches("/(initiatives|programmes|indicators)/\\d+")) {
					checkAtPhoneWidths(detail + "/edit", tooWide);
				}
			}
		}
		assertThat(tooWide).as("pages wider than the screen").isEmpty();
	}

	@Test
	void aWideTableScrollsInItsOwnNamedRegionWithACue() {
		page.setViewportSize(390, PHONE_HEIGHT);
		open("/plans/matrix");
		var region = page.locator(".table-wrap:has(table.matrix)");
		assertThat(scrollWidth(page)).isLessThanOrEqualTo(390);
		assertThat(region.getAttribute("role")).isEqualTo("region");
		assertThat(region.getAttribute("tabindex")).isEqualTo("0");
		assertThat(region.getAttribute("aria-label")).startsWith("Tabell: ");
		assertThat(region.getAttribute("class")).contains("is-scrollable");
		assertThat(page.locator(".table-scroll-hint.is-shown").first().textContent())
			.isEqualTo("Svep eller rulla i sidled för fler kolumner.");
		// the municipality column stays in view while the plan types scroll past it
		var firstCell = page.locator("table.matrix tbody tr th").first();
		double before = firstCell.boundingBox().x;
		region.evaluate("r => r.scrollLeft = 300");
		assertThat(firstCell.boundingBox().x).isEqualTo(before);
		screenshot("reflow-matrix-390");
		assertAccessible();

		// a table that fits shows no hint and keeps its first column in the flow
		page.setViewportSize(1280, 900);
		open("/strategies");
		assertThat(page.locator("main .table-wrap").first().getAttribute("class")).doesNotContain("is-scrollable");
		assertThat(page.locator(".table-scroll-hint.is-shown").count()).isZero();
	}

	private void checkAtPhoneWidths(String path, List<String> tooWide) {
		page.setViewportSize(390, PHONE_HEIGHT);
		open(path);
		for (int width : new int[] { 390, 320 }) {
			page.setViewportSize(width, PHONE_HEIGHT);
			// charts redraw for the new width on the next frames
			page.waitForTimeout(250);
			int scrollWidth = scrollWidth(page);
			if (scrollWidth > width) {
				tooWide.add(path + " at " + width + " px: " + scrollWidth + " px (" + widestElements(page) + ")");
			}
		}
	}

}
