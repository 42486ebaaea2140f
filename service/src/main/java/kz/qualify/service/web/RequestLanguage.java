package kz.qualify.service.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import kz.qualify.wording.Language;
import kz.qualify.wording.Languages;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place a request's language is chosen: {@code ?lang=kk|ru|en} if it names one of ours,
 * else the best of {@code Accept-Language}, else English (the reference language: an API client
 * that states no preference gets what it got before Kazakh and Russian were added; the web UI always
 * states its page's language). Runs before the security chain, so a 401 or a 429 is worded in the
 * request's language too. Every API answer says its language in {@code Content-Language} and that
 * it varies by {@code Accept-Language}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestLanguage extends OncePerRequestFilter {

    /** The query parameter that overrides {@code Accept-Language}. */
    public static final String PARAMETER = "lang";

    private static final String ATTRIBUTE = RequestLanguage.class.getName();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var language = choose(
                Languages.standard(),
                queryParameter(request.getQueryString()),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        request.setAttribute(ATTRIBUTE, language);
        if (request.getRequestURI().startsWith("/api/")) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag());
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
        chain.doFilter(request, response);
    }

    /**
     * {@code lang} from the query string alone: {@code getParameter} would read a form or multipart
     * body here, before the upload's size limit is enforced where it answers 413.
     */
    static @Nullable String queryParameter(@Nullable String query) {
        if (query == null) return null;
        for (var pair : query.split("&")) {
            if (pair.startsWith(PARAMETER + "=")) {
                try {
                    return URLDecoder.decode(pair.substring(PARAMETER.length() + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null; // "%zz": refused by RequestHygiene, in the language the request otherwise asks for
                }
            }
        }
        return null;
    }

    /** The language of a request, as chosen when it came in (English for one that never passed the filter). */
    public static Language of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Language l
                ? l
                : Languages.standard().reference();
    }

    static Language choose(Languages languages, @Nullable String parameter, @Nullable String acceptLanguage) {
        if (parameter != null && !parameter.isBlank()) {
            var asked = languages.find(parameter);
            if (asked.isPresent()) return asked.get();
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            var negotiated = languages.negotiate(acceptLanguage);
            if (negotiated.isPresent()) return negotiated.get();
        }
        return languages.reference();
    }
}
