package kz.qualify.service.issued;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a keystore that cannot be opened into Spring Boot's start-up report — one line naming the
 * setting and what is wrong, and what to do — instead of a page of nested bean-creation exceptions.
 * Registered in {@code META-INF/spring.factories}.
 */
class SealFailureAnalyzer extends AbstractFailureAnalyzer<SealCheck.SealUnavailable> {

    @Override
    protected FailureAnalysis analyze(Throwable root, SealCheck.SealUnavailable cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Correct qualify.seal.keystore, qualify.seal.password or qualify.seal.alias, or unset"
                        + " qualify.seal.keystore to sign with a development key (documents then say so).",
                cause);
    }
}
