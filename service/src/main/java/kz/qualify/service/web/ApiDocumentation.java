package kz.qualify.service.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3.1 document's title and its one security scheme, HTTP Basic. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI qualifyApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Qualify licensing service")
                        .version("1")
                        .description("Licence applications checked against the qualification requirements of "
                                + "Decree № 967 of 24 July 2012 (Kazakhstan). Errors are RFC 9457 problem details; "
                                + "updates take If-Match; submission takes an Idempotency-Key."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
