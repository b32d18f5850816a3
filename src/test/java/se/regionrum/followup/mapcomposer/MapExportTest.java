package se.regionrum.followup.mapcomposer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.platform.pdf.PdfChecks;

/** The exports by URL: a PNG of the screen's map, and a PDF page with the legend and tables as text. */
@SpringBootTest
@AutoConfigureMockMvc
class MapExportTest extends FollowupTestBase {

	private MapComposition composed() {
		long indicator = indicatorWithValues("MAPEXP" + token(), 2022);
		flows(2022);
		return map("Service och pendling " + token(), falun.id(), true, layer(LayerKind.BOUNDARIES, choropleth(indicator)),
				layer(LayerKind.FLOWS, flowsOf(2022, 100)), layer(LayerKind.INITIATIVES, null),
				layer(LayerKind.ESTABLISHMENTS, null), layer(LayerKind.PLAN_MATRIX, null),
				layer(LayerKind.SERVICE_POINTS, null), layer(LayerKind.ACCESSIBILITY, null));
	}

	@Test
	void thePngDecodesAtItsSize() throws Exception {
		MapComposition map = composed();
		byte[] png = mvc.perform(get("/maps/{id}.png", map.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn().getResponse().getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(MapExports.PNG_WIDTH);
		assertThat(image.getHeight()).isEqualTo(MapExports.PNG_HEIGHT);
		// the darkest choropleth class (Falun, far above the rest) is painted somewhere
		assertThat(countColour(image, 0x08519c, 0.85)).isGreaterThan(100);
	}

	@Test
	void thePdfIsALandscapePageWithTheLegendAsText() throws Exception {
		MapComposition map = composed();
		for (String paper : new String[] { "A4", "A3" }) {
			byte[] pdf = mvc.perform(get("/maps/{id}.pdf", map.id()).param("paper", paper))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", Matchers.containsString("karta-" + map.id() + ".pdf")))
				.andReturn().getResponse().getContentAsByteArray();
			PdfChecks.ReadBack read = PdfChecks.read(pdf);
			assertThat(read.title()).isEqualTo(map.title());
			assertThat(read.pageOf(map.title())).isEqualTo(1);
			assertThat(read.pageOf("Teckenförklaring")).isEqualTo(1);
			assertThat(read.flatText()).contains("Källa: SCB, testdata", "Pendling 2022", "Borlänge");
			assertThat(read.flatText()).contains("Kartan i tabellform");
			float[] size = pageSize(pdf);
			assertThat(size[0]).as("landscape").isGreaterThan(size[1]);
			assertThat(size[0]).isCloseTo("A4".equals(paper) ? 842f : 1191f, org.assertj.core.data.Offset.offset(3f));
		}
	}

	@Test
	void thePdfMeetsPdfUa1() throws Exception {
		byte[] pdf = mvc.perform(get("/maps/{id}.pdf", composed().id())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		PdfChecks.PdfUaReport report = PdfChecks.checkPdfUa(pdf);
		assertThat(report.failures()).isEmpty();
		assertThat(report.compliant()).isTrue();
	}

	private static float[] pageSize(byte[] pdf) throws java.io.IOException {
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			var box = document.getPage(0).getMediaBox();
			return new float[] { box.getWidth(), box.getHeight() };
		}
	}

	/** Pixels of the colour as drawn with the given opacity on white, give or take a little. */
	static int countColour(BufferedImage image, int rgb, double opacity) {
		int r = (int) Math.round(((rgb >> 16) & 0xff) * opacity + 255 * (1 - opacity));
		int g = (int) Math.round(((rgb >> 8) & 0xff) * opacity + 255 * (1 - opacity));
		int b = (int) Math.round((rgb & 0xff) * opacity + 255 * (1 - opacity));
		int count = 0;
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				int p = image.getRGB(x, y);
				if (Math.abs(((p >> 16) & 0xff) - r) < 4 && Math.abs(((p >> 8) & 0xff) - g) < 4
						&& Math.abs((p & 0xff) - b) < 4) {
					count++;
				}
			}
		}
		return count;
	}

}
