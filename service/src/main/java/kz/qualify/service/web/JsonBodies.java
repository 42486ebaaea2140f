package kz.qualify.service.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON request body — a form, a dossier — is checked as text before a controller sees it:
 * no refused character and no string over its length ({@link PlainText}), else 400 naming the
 * string by its JSON path. The one place for it, so a new form or a new dossier field is covered
 * without a check of its own. A body that is not JSON at all is left to the reader that expects it,
 * which says so; the body's size was bounded by {@link RequestHygiene}.
 */
@ControllerAdvice
class JsonBodies extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    JsonBodies(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        var type = input.getHeaders().getContentType();
        if (type == null
                || !(type.isCompatibleWith(MediaType.APPLICATION_JSON)
                        || type.getSubtype().endsWith("+json"))) {
            return input;
        }
        byte[] body;
        try (var in = input.getBody()) {
            body = in.readAllBytes();
        }
        check(body);
        var headers = input.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private void check(byte[] body) {
        if (body.length == 0) return;
        PlainText.Flaw flaw;
        try {
            flaw = PlainText.firstFlaw(json.readTree(body));
        } catch (JacksonException notJson) {
            return; // the body's own reader says what is wrong with it
        }
        if (flaw == null) return;
        var message = switch (flaw.kind()) {
            case CHARACTER -> Message.of("api.text.forbiddenCharacter");
            case LENGTH -> Message.of("api.text.tooLong", Arg.count("max", flaw.limit()));
        };
        throw new ApiException(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                Message.of("api.text.refused", Arg.text("field", flaw.path())),
                List.of(new ApiException.FieldProblem(flaw.path(), message)));
    }
}
