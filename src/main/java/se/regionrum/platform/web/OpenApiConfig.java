package se.regionrum.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

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

}
