package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document describes every operation (summary, unique operationId, tag) and
 * declares its security scheme, which is what standard OpenAPI linters ask for.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void everyOperationIsDescribedAndSecured() throws Exception {
		String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode document = json.readTree(body);
		assertThat(document.path("openapi").asString()).startsWith("3.");
		assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
		assertThat(document.at("/info/license/name").asString()).isEqualTo("EUPL-1.2");

		List<String> problems = new ArrayList<>();
		Set<String> operationIds = new HashSet<>();
		int operations = 0;
		for (var path : document.path("paths").properties()) {
			assertThat(path.getKey()).startsWith("/api/v1/");
			for (var operation : path.getValue().properties()) {
				operations++;
				JsonNode op = operation.getValue();
				String name = operation.getKey().toUpperCase() + " " + path.getKey();
				if (op.path("summary").asString("").isBlank()) {
					problems.add(name + " has no summary");
				}
				if (!operationIds.add(op.path("operationId").asString(""))) {
					problems.add(name + " has a missing or repeated operationId");
				}
				if (op.path("tags").isEmpty()) {
					problems.add(name + " has no tag");
				}
			}
		}
		assertThat(operations).isGreaterThan(4);
		assertThat(problems).isEmpty();
	}

	@Test
	void theRegistrationBodyKeepsItsJsonNames() throws Exception {
		String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode document = json.readTree(body);
		for (String path : List.of("/api/v1/meetings/{id}/registrations", "/api/v1/series/{id}/registrations")) {
			JsonNode content = document.path("paths").path(path).path("post").path("requestBody").path("content");
			assertThat(content.properties()).isNotEmpty();
			for (var media : content.properties()) {
				assertThat(media.getValue().at("/schema/$ref").asString())
					.isEqualTo("#/components/schemas/RegistrationRequest");
			}
		}
		JsonNode schemas = document.at("/components/schemas");
		assertThat(names(schemas.at("/RegistrationRequest/properties"))).containsExactlyInAnyOrder("name", "email",
				"organisationName", "organisationId", "diet", "colleagues", "consent");
		assertThat(schemas.at("/RegistrationRequest/properties/colleagues/items/$ref").asString())
			.isEqualTo("#/components/schemas/Colleague");
		assertThat(names(schemas.at("/Colleague/properties"))).containsExactlyInAnyOrder("name", "email", "diet");
	}

	private static List<String> names(JsonNode object) {
		return object.properties().stream().map(java.util.Map.Entry::getKey).toList();
	}

	@Test
	void swaggerUiIsReachable() throws Exception {
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

}
