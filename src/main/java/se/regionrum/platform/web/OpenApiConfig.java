package se.regionrum.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of /api/v1: HTTP Basic declared as the security scheme. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	static final String BASIC = "basicAuth";

	@Bean
	OpenAPI regionrumOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Regionrum API")
				.version("v1")
				.description("REST API of Regionrum: actors (organisations, people, working groups), municipal "
						+ "boundaries and the audit trail of regional development work. Reading published data "
						+ "needs no account; everything else uses HTTP Basic with a Regionrum account.")
				.contact(new Contact().name("Regionrum maintainers").email("maintainers@example.org"))
				.license(new License().name("EUPL-1.2").identifier("EUPL-1.2")))
			.addServersItem(new Server().url("/").description("This installation"))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}

	/**
	 * Documents the error answers every operation can give (problem details), so that clients
	 * know them and linters find a 4XX response on each operation.
	 */
	@Bean
	OpenApiCustomizer errorResponses() {
		return openApi -> {
			openApi.getComponents().addSchemas("Problem", problemSchema());
			openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
				ApiResponses responses = operation.getResponses();
				boolean isPublic = operation.getSecurity() != null && operation.getSecurity().isEmpty();
				addIfMissing(responses, "400", "Invalid input: the errors name each field or row");
				if (!isPublic) {
					addIfMissing(responses, "401", "Not signed in (HTTP Basic)");
					addIfMissing(responses, "403", "Signed in, but not allowed to do this");
				}
				if (path.contains("{")) {
					addIfMissing(responses, "404", "No such resource");
				}
			}));
		};
	}

	private static void addIfMissing(ApiResponses responses, String status, String description) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().description(description)
				.content(new Content().addMediaType("application/problem+json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema problemSchema() {
		Schema fieldError = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("row", new IntegerSchema())
			.addProperty("column", new StringSchema())
			.addProperty("message", new StringSchema());
		return new ObjectSchema().description("RFC 9457 problem details, messages in the caller's language")
			.addProperty("type", new StringSchema())
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("errors", new ArraySchema().items(fieldError));
	}

}
