package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

	@Test
	void blankIsNullAndTextIsStripped() {
		assertThat(Text.blank(null)).isNull();
		assertThat(Text.blank("")).isNull();
		assertThat(Text.blank(" \t\n")).isNull();
		assertThat(Text.blank("  Falun ")).isEqualTo("Falun");
		assertThat(Text.blank("\u2003Borlänge\u2003")).isEqualTo("Borlänge");
	}

}
