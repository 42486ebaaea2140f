package kz.qualify.service.audit;

import kz.qualify.service.QualifyProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /** The audit key, made at the first start; the read-only verification only reads it, if it is there. */
    @Bean
    @Profile("!verify-audit")
    AuditKey auditKey(QualifyProperties properties) {
        return AuditKey.readOrCreate(properties.auditKeyFile());
    }
}
