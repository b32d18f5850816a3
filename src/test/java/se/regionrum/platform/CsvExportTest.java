package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class CsvExportTest {

	@Test
	void writesWhatASwedishSpreadsheetReads() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvExport.write(out, List.of("namn", "lat", "antal", "formel", "text"),
				List.of(Arrays.asList("Falu kommun", 60.6065, 59945, "=SUM(A1:A2)", "a;b \"c\""),
						Arrays.asList(null, -1.5, -3, "-2", "@x")));
		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFnamn;lat;antal;formel;text\r\n");
		assertThat(csv).contains("Falu kommun;60,6065;59945;'=SUM(A1:A2);\"a;b \"\"c\"\"\"\r\n");
		assertThat(csv).contains(";-1,5;-3;'-2;'@x\r\n");
	}

	@Test
	void downloadSetsTypeCharsetAndFileName() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		CsvExport.download(response, "organisationer.csv");
		assertThat(response.getContentType()).isEqualTo("text/csv; charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"organisationer.csv\"");
	}

	@Test
	void swedishFileNamesAreEncodedAsRfc6266Says() {
		String header = CsvExport.attachment("mål.csv");
		assertThat(header).startsWith("attachment; ").contains("filename*=UTF-8''m%C3%A5l.csv");
	}

}
