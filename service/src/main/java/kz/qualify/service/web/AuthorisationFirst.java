package kz.qualify.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A controller method's {@code @PreAuthorize} is checked before its arguments are read: method
 * security alone runs after the body was parsed and validated, so an applicant sending an invalid
 * body to an officer's endpoint got a 400 describing the body's shape where it must get the same
 * 403 as with a valid one. The expressions are about the caller's roles, never about the
 * arguments, so they can be decided without them; method security still checks again, with them.
 */
@Configuration(proxyBeanMethods = false)
class AuthorisationFirst implements WebMvcConfigurer, HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) return true;
        var rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        if (rule == null) return true;
        var invocation = new SimpleMethodInvocation(
                method.getBean(),
                method.getMethod(),
                new Object[method.getMethod().getParameterCount()]);
        var decision =
                manager.authorize(() -> SecurityContextHolder.getContext().getAuthentication(), invocation);
        if (decision != null && !decision.isGranted()) {
            throw new AuthorizationDeniedException("denied before the arguments were read", decision);
        }
        return true;
    }
}
