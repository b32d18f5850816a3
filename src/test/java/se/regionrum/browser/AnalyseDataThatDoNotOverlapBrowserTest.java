package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.dataset.DataSets;
import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.platform.SystemUser;

/**
 * An administrator picks a grid that lies far from the chosen road network: the start form warns
 * before anything runs, the run started anyway finishes, and its page says in an alert that the
 * data sets do not overlap. axe-core checks the warned form and the marked page.
 */
class AnalyseDataThatDoNotOverlapBrowserTest extends BrowserTest {

	@Autowired
	DataSetService data;

	@Autowired
	JdbcClient jdbc;

	private AnalysisFixtures.World world;

	private long far;

	@Test
	void administratorIsWarnedBeforeTheRunAndSeesItsResultMarked() {
		world = AnalysisFixtures.create(data, "överlapp " + System.nanoTime());
		far = farGrid();
		signInAsAdmin();
		open("/analysis");
		page.locator("#gridId").selectOption(String.valueOf(far));
		page.locator("#networkId").selectOption(String.valueOf(world.networkId()));
		page.locator("#pointSetId").selectOption(String.valueOf(world.pointSetId()));
		page.getByLabel("Namn").first().fill("Helt utanför");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta analysen")).click();

		assertThat(page.locator("#coverage-warning")).containsText("överlappar inte");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta analysen ändå")).click();

		assertThat(page.locator("h1")).hasText("Helt utanför");
		page.locator("#analysis-map").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
		assertThat(page.locator("#coverage-warning[role=alert]"))
			.containsText("Underlagen överlappar inte: resultatet säger inget om tillgängligheten");
		screenshot("analysis-run-apart");
		assertAccessible();
	}

	/**
	 * Tests share one database and the start form preselects the newest data sets: a Helsinki grid
	 * left behind would make every later run in the suite one that does not overlap.
	 */
	@AfterEach
	void removeTheDataSets() {
		if (world == null) {
			return;
		}
		jdbc.sql("delete from analysis_run where grid_id in (:grids) or network_id = :network or point_set_id = :points")
			.param("grids", List.of(far, world.gridId())).param("network", world.networkId())
			.param("points", world.pointSetId()).update();
		jdbc.sql("delete from analysis_grid where id in (:grids)").param("grids", List.of(far, world.gridId())).update();
		jdbc.sql("delete from analysis_point_set where id = ?").param(world.pointSetId()).update();
		jdbc.sql("delete from analysis_road_network where id = ?").param(world.networkId()).update();
	}

	/** 81 cells in Helsinki, as a grid imported by mistake for the region would lie. */
	private long farGrid() {
		double[] helsinki = CoordinateTransforms.wgs84ToSweref99(24.94, 60.17);
		int n = 81;
		int[] x = new int[n];
		int[] y = new int[n];
		int[] population = new int[n];
		for (int c = 0; c < n; c++) {
			x[c] = (int) helsinki[0] + (c % 9) * 250;
			y[c] = (int) helsinki[1] + (c / 9) * 250;
			population[c] = 25;
		}
		return SystemUser.call(() -> data.importGrid(new DataSets.NewGrid("Helsingfors av misstag " + System.nanoTime(),
				"test", "EPSG:3006", 250, x, y, population, List.of(), new int[0][], false))).id();
	}

}
