package kz.qualify.service.issued;

import java.time.Clock;
import kz.qualify.official.OfficialDocuments;
import kz.qualify.official.Pkcs12Seal;
import kz.qualify.official.Seal;
import kz.qualify.service.QualifyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The authority's seal and the document engine. Both are made on the first document, not at start:
 * the engine reads its fonts and templates, the development key is written to the data folder, and
 * the command-line modes ({@code --verify-audit}) must create nothing.
 *
 * <p>Signing stays behind {@link Seal}: a provider for the GOST keys of Kazakhstan's national CA
 * (NCALayer on the signer's machine, or KalkanCrypt with an HSM on the server) replaces the bean
 * below and nothing else changes (official/README.md, "Signing").
 */
@Configuration(proxyBeanMethods = false)
class SealConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SealConfiguration.class);

    @Bean
    @Lazy
    Seal seal(IssuingSettings settings, QualifyProperties properties, Clock clock) {
        var configured = settings.seal();
        if (configured.keystore() != null) {
            var password = configured.password() == null
                    ? new char[0]
                    : configured.password().toCharArray();
            return Pkcs12Seal.open(configured.keystore(), password, configured.alias());
        }
        LOG.warn(
                "No qualify.seal.keystore: documents are signed with a development key kept in {} and say so on"
                        + " their first page; they have no legal force",
                properties.dataDir().resolve(Pkcs12Seal.DEVELOPMENT_KEYSTORE));
        return Pkcs12Seal.development(properties.dataDir(), clock);
    }

    @Bean
    @Lazy
    OfficialDocuments officialDocuments(Seal seal, Clock clock) {
        RendererLogging.install();
        return new OfficialDocuments(seal, clock);
    }
}
