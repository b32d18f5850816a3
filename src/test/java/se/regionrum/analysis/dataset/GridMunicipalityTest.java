package se.regionrum.analysis.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.actors.Organisations;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.SystemUser;

/** A grid's municipality column wins over the boundaries; point names are searched literally. */
@SpringBootTest
class GridMunicipalityTest {

	@Autowired
	DataSetService data;

	@Autowired
	DataSetQueries store;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	/** Tests sharing one database would otherwise find these preselected as the newest inputs. */
	@AfterEach
	void removeDataSets() {
		jdbc.sql("delete from analysis_grid where name like 'Koder %'").update();
		jdbc.sql("delete from analysis_point_set where name like 'Sök %'").update();
	}

	private static DataSets.NewGrid grid(String label, String... codes) {
		int n = codes.length;
		int[] x = new int[n];
		int[] y = new int[n];
		int[] population = new int[n];
		for (int i = 0; i < n; i++) {
			// Far out at sea, where no boundary holds a cell, so only the code can place it.
			x[i] = 100_000 + i * 250;
			y[i] = 6_000_000;
			population[i] = 5;
		}
		return new DataSets.NewGrid("Koder " + label, "test", "EPSG:3006", 250, x, y, population, List.of(),
				new int[0][], false, codes);
	}

	@Test
	void cellsTakeTheirMunicipalityFromTheCodeColumn() {
		long falun = organisations.findByScbCode("2080").orElseThrow().id();
		var info = SystemUser.call(() -> data.importGrid(grid("giltiga " + System.nanoTime(), "2080", " 2080 ", "")));
		var stored = store.grid(info.id()).orElseThrow();
		assertThat(stored.municipality()).containsExactly((int) falun, (int) falun, 0);
	}

	@Test
	void unknownCodesAreReportedByRow() {
		assertThatThrownBy(() -> SystemUser.call(() -> data.importGrid(grid("okända", "2080", "9999", "2080", "0000"))))
			.isInstanceOfSatisfying(ImportRejectedException.class, ex -> {
				assertThat(ex.problems()).extracting(p -> p.row()).containsExactly(2, 4);
				assertThat(ex.problems()).allMatch(p -> p.messageKey().equals("analysis.import.unknownMunicipality"));
			});
	}

	@Test
	void wildcardsInASearchAreTakenLiterally() {
		var set = SystemUser.call(() -> data.importPoints(new DataSets.NewPointSet("Sök " + System.nanoTime(), "test",
				false, List.of(new DataSets.NewPoint("fuel", "100% Bensin", 500_000, 6_700_000, "test"),
						new DataSets.NewPoint("fuel", "Bensin_stationen", 500_100, 6_700_000, "test"),
						new DataSets.NewPoint("fuel", "Bensinstationen", 500_200, 6_700_000, "test")))));
		assertThat(store.points(set.id(), null, null, "%")).extracting(DataSets.ServicePoint::name)
			.containsExactly("100% Bensin");
		assertThat(store.points(set.id(), null, null, "n_s")).extracting(DataSets.ServicePoint::name)
			.containsExactly("Bensin_stationen");
	}

}
