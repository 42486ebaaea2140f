package kz.qualify.service.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Dossiers, assessments and kept filings pass through the service as JSON bytes (the rules core
 * reads and writes them, and the service does not re-map them); springdoc declares such a body as a
 * base64 string, which a generated client would then encode or decode. Declared here as the JSON
 * objects they are: the dossier with its schema's address, the rest free-form.
 */
final class RawJsonBodies implements OperationCustomizer {

    private static final String JSON = "application/json";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        var body = operation.getRequestBody();
        if (body != null && isString(body.getContent())) {
            body.getContent()
                    .get(JSON)
                    .schema(new ObjectSchema()
                            .description(
                                    "JSON: where the operation takes a dossier, as the dossier schema describes it."));
        }
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2") && isString(response.getContent())) {
                    response.getContent()
                            .get(JSON)
                            .schema(new ObjectSchema()
                                    .description("A JSON document of the rules core (see the summary)."));
                }
            });
        }
        return operation;
    }

    private static boolean isString(Content content) {
        if (content == null || content.get(JSON) == null) return false;
        Schema<?> schema = content.get(JSON).getSchema();
        return schema != null && schema.get$ref() == null && "string".equals(type(schema));
    }

    private static String type(Schema<?> schema) {
        if (schema.getType() != null) return schema.getType();
        return schema.getTypes() == null || schema.getTypes().size() != 1
                ? null
                : schema.getTypes().iterator().next();
    }
}
