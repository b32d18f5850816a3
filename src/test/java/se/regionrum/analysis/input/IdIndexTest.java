package se.regionrum.analysis.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class IdIndexTest {

	@Test
	void agreesWithAHashMapThroughGrowth() {
		IdIndex index = new IdIndex();
		Map<String, Integer> reference = new HashMap<>();
		Random random = new Random(3);
		for (int i = 0; i < 100_000; i++) {
			String id = random.nextInt(4) == 0 ? "Nod å" + random.nextInt(50_000) : "node/" + random.nextInt(80_000);
			boolean added = index.put(id, i);
			assertThat(added).isEqualTo(reference.putIfAbsent(id, i) == null);
		}
		assertThat(index.size()).isEqualTo(reference.size());
		for (int i = 0; i < 100_000; i++) {
			String id = "node/" + i;
			int expected = reference.getOrDefault(id, -1);
			assertThat(index.get(id)).isEqualTo(expected);
			byte[] bytes = ("x," + id + ",y").getBytes(StandardCharsets.UTF_8);
			assertThat(index.get(bytes, 2, bytes.length - 2)).isEqualTo(expected);
		}
		assertThat(index.get("Nod å7")).isEqualTo(reference.getOrDefault("Nod å7", -1));
		assertThat(index.get("")).isEqualTo(-1);
	}
}
