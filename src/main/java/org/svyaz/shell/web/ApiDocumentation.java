package org.svyaz.shell.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The heading of the OpenAPI document: what the API is and how a client authenticates. */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI svyazApi() {
        return new OpenAPI()
                .info(new Info().title("Svyaz REST API").version("v1").description(
                        "Contacts, notes, history, documents, custom fields and users of a Svyaz server. "
                                + "Authenticate with HTTP Basic or a personal API token (Authorization: Bearer). "
                                + "Errors answer {\"error\": \"...\", \"fields\": {...}}; lists answer {\"total\", \"items\", \"next\"}."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
