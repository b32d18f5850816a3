package se.regionrum.platform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import se.regionrum.platform.TestAuthentication;

/** Large multipart bodies reach only declared paths, and only from signed-in users. */
@SpringBootTest(properties = "regionrum.uploads.ordinary-max-size=1KB")
@AutoConfigureMockMvc
class UploadLimitTest {

	@Autowired
	MockMvc mvc;

	private static MockMultipartHttpServletRequestBuilder upload(String path, int bytes) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		request.file(new MockMultipartFile("file", "big.csv", "text/csv", new byte[bytes]));
		// a mock multipart request has no length of its own; give it the one a browser would send
		request.with(r -> {
			r.setContent(new byte[bytes]);
			return r;
		});
		return request;
	}

	@Test
	void largeUploadToAnOrdinaryPathIsRefusedBeforeSignInIsAsked() throws Exception {
		mvc.perform(upload("/organisations/import", 4096).with(csrf()))
			.andExpect(status().isPayloadTooLarge());
		mvc.perform(upload("/organisations/import", 4096).with(csrf())
			.with(authentication(TestAuthentication.admin()))).andExpect(status().isPayloadTooLarge());
	}

	@Test
	void largeUploadToAnImportPathNeedsASignedInUser() throws Exception {
		mvc.perform(upload("/analysis/imports/grid", 4096).with(csrf()))
			.andExpect(status().isUnauthorized());
		mvc.perform(upload("/api/v1/analysis/grids", 4096))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anonymousUploadWithoutALengthMustSignInFirst() throws Exception {
		mvc.perform(multipart("/organisations/import")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[10])).with(csrf()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void smallUploadsPassAsBefore() throws Exception {
		// the page chain then sends the anonymous visitor to sign in, as for any page
		mvc.perform(upload("/organisations/import", 100).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}
}
