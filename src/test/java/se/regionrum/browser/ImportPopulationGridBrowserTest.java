package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.regionrum.analysis.AnalysisFixtures;

/**
 * An administrator uploads Helsinki's population grid, follows the import until it is done and
 * finds the grid among the data sets; a broken CSV comes back with its problems by row. axe-core
 * checks every page on the way.
 */
@OnPostgresToo
class ImportPopulationGridBrowserTest extends BrowserTest {

	@TempDir
	Path temp;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImported() {
		AnalysisFixtures.removeImportedDataSets(jdbc);
	}

	@Test
	void administratorImportsAGridAndSeesItListed() throws IOException {
		signInAsAdmin();
		open("/analysis/data");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importera underlag")).click();
		assertThat(page.locator("h1")).hasText("Importera underlag");
		assertAccessible();

		page.locator("#grid-file").setInputFiles(Paths.get("src/test/resources/analysis/helsinki_population_grid_2020.gpkg"));
		page.locator("#grid-name").fill("Helsingfors från webbläsaren");
		page.locator("#grid-source").fill("HSY, CC BY 4.0");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importera rutnätet")).click();

		// The job page polls while the file is read and reloads itself when the import ends.
		page.getByText("Befolkningsrutnätet är importerat.")
			.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
		assertThat(page.locator("h1")).hasText("Helsingfors från webbläsaren");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visa underlagen")).click();
		assertThat(page.locator("table[aria-labelledby=grids-heading]")).containsText("Helsingfors från webbläsaren");

		Path broken = temp.resolve("rutor.csv");
		Files.writeString(broken, "Ruta;Beftotalt\n4870006575000;12\n4870006575250;många\n", StandardCharsets.UTF_8);
		open("/analysis/imports");
		page.locator("#grid-file").setInputFiles(broken);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importera rutnätet")).click();
		page.locator(".error-summary h2").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
		assertThat(page.locator(".error-summary tbody tr").first()).containsText("många");
		assertAccessible();
		screenshot("analysis-import-rejected");
	}

}
