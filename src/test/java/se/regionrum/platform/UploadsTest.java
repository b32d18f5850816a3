package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadsTest {

	@TempDir
	Path root;

	@Test
	void aJobsDirectoryIsNamedRelativeToTheUploadDirectoryAndDeletedWithItsFiles() throws Exception {
		Uploads uploads = new Uploads(root);
		String dir = uploads.create("analysis-import");
		Path file = uploads.resolve(dir + "/file/rutor.csv");
		Files.createDirectory(file.getParent());
		Files.writeString(file, "Ruta;Beftotalt\n");

		assertThat(dir).startsWith("analysis-import-").doesNotContain("/");
		assertThat(file).startsWith(root.resolve(dir));

		uploads.delete(dir);

		assertThat(root.resolve(dir)).doesNotExist();
		assertThat(root).exists();
	}

	@Test
	void pathsOutsideTheUploadDirectoryAreRefusedAndNeverDeleted() throws Exception {
		Uploads uploads = new Uploads(root.resolve("uploads"));
		Path outside = Files.createDirectory(root.resolve("other"));

		assertThatThrownBy(() -> uploads.resolve("../other")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> uploads.resolve(outside.toString())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> uploads.resolve(".")).isInstanceOf(IllegalArgumentException.class);
		uploads.delete("../other");
		uploads.delete(outside.toString());

		assertThat(outside).exists();
	}

}
