package kz.qualify.service.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Uploads are parsed as Spring Boot would, then their file names and text fields are checked as
 * text ({@link PlainText}): a file name holding a NUL, or a right-to-left override that makes
 * {@code "a\u202Egnp.csv"} display as "avsc.png", is refused with 400 naming the part. A body that
 * is no multipart at all is a {@link MultipartException}, answered 400 by {@link Problems}.
 */
@Configuration(proxyBeanMethods = false)
class MultipartHygiene {

    /** Named as Spring Boot's own, which it replaces. */
    @Bean(name = "multipartResolver")
    MultipartResolver multipartResolver() {
        return new StandardServletMultipartResolver() {
            @Override
            public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
                var multipart = super.resolveMultipart(request);
                check(multipart);
                return multipart;
            }
        };
    }

    static void check(MultipartHttpServletRequest request) {
        for (var file : request.getMultiFileMap().entrySet()) {
            if (!PlainText.plain(file.getKey())) refuse("part");
            for (var f : file.getValue()) {
                if (!PlainText.plain(f.getOriginalFilename())) refuse(PlainText.shown(file.getKey()) + ".filename");
                var name = f.getOriginalFilename();
                if (name != null && name.length() > PlainText.MAX_NAME) {
                    throw new ApiException(
                            HttpStatus.BAD_REQUEST,
                            "invalid-request",
                            Message.of("api.text.refused", Arg.text("field", "filename")),
                            List.of(new ApiException.FieldProblem(
                                    PlainText.shown(file.getKey()) + ".filename",
                                    Message.of("api.text.tooLong", Arg.count("max", PlainText.MAX_NAME)))));
                }
            }
        }
        for (var field : request.getParameterMap().entrySet()) {
            if (!PlainText.plain(field.getKey())) refuse("part");
            for (var value : field.getValue()) {
                if (!PlainText.plain(value)) refuse(PlainText.shown(field.getKey()));
            }
        }
    }

    private static void refuse(String field) {
        throw new ApiException(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                Message.of("api.text.refused", Arg.text("field", field)),
                List.of(new ApiException.FieldProblem(field, Message.of("api.text.forbiddenCharacter"))));
    }
}
