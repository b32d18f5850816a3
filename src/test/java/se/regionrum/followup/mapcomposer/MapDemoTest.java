package se.regionrum.followup.mapcomposer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.followup.demo.MapDemoData;
import se.regionrum.platform.SystemUser;

/** The Dalarna demo maps: loaded once, published, the first shown at the Regionala rummet workshop. */
@SpringBootTest
@AutoConfigureMockMvc
class MapDemoTest extends FollowupTestBase {

	@Autowired
	MapDemoData demo;

	@Test
	void theDemoMapsAreLoadedOnceAndTheFirstIsOnTheWorkshopsAgenda() {
		SystemUser.run(demo::load);
		assertThat(SystemUser.call(demo::load)).isZero();
		MapComposition service = SystemUser.call(() -> maps.list("Dalarna – service och pendling")).get(0);
		assertThat(service.published()).isTrue();
		assertThat(service.layers()).extracting(MapLayer::kind)
			.containsExactly(LayerKind.BOUNDARIES, LayerKind.FLOWS, LayerKind.INITIATIVES);
		assertThat(maps.options(service.layers().get(0)).indicatorCode()).isEqualTo("N01951");
		assertThat(SystemUser.call(() -> maps.agendaItems(service.id())))
			.anySatisfy(link -> assertThat(link.meeting().title()).startsWith("Regionala rummet"));
		MapComposition plans = SystemUser.call(() -> maps.list("planeringsläge")).get(0);
		assertThat(plans.paper()).isEqualTo(PaperSize.A3);
	}

}
