package kz.qualify.service.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import kz.qualify.wording.Language;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A controller method's {@link Language} parameter is the request's language ({@link RequestLanguage}). */
@Configuration(proxyBeanMethods = false)
class LanguageArguments implements WebMvcConfigurer {

    static {
        // not a request parameter of its own: the OpenAPI document describes lang and Accept-Language once
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Language.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Language.class;
            }

            @Override
            public Object resolveArgument(
                    MethodParameter parameter,
                    ModelAndViewContainer mav,
                    NativeWebRequest request,
                    WebDataBinderFactory binders) {
                return RequestLanguage.of(request.getNativeRequest(HttpServletRequest.class));
            }
        });
    }
}
