package kz.qualify.service.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import kz.qualify.wording.Language;
import kz.qualify.wording.Languages;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document's title, its one security scheme (HTTP Basic), and on every operation the
 * two ways to choose the answer's language and the problem documents it can answer.
 */
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
                                + "updates take If-Match; submission takes an Idempotency-Key. Answers carrying words "
                                + "are in the language asked for (?lang=, else Accept-Language; English by default), "
                                + "named in Content-Language; machine fields (verdict, status, clause, codes) are "
                                + "the same in every language."))
                // relative, so that the document is the same wherever the service runs (and can be kept in docs/)
                .servers(List.of(new Server().url("/").description("this service")))
                .components(new Components()
                        .addSchemas(ProblemResponses.SCHEMA, ProblemResponses.schema())
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OperationCustomizer problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    OperationCustomizer rawJsonBodies() {
        return new RawJsonBodies();
    }

    @Bean
    OperationCustomizer languageParameters() {
        var tags = Languages.standard().all().stream().map(Language::tag).toList();
        return (operation, handler) -> operation
                .addParametersItem(new QueryParameter()
                        .name(RequestLanguage.PARAMETER)
                        .description("the answer's language; overrides Accept-Language")
                        .schema(new StringSchema()._enum(tags)))
                .addParametersItem(new HeaderParameter()
                        .name("Accept-Language")
                        .description("the preferred languages (kk, ru, en); English when none of them")
                        .schema(new StringSchema()));
    }
}
