package kz.qualify.service.issued;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the official documents need of the deployment ({@code qualify.*}, service/README.md,
 * "Official documents"). The authority they are issued by is {@link
 * kz.qualify.service.authority.LicensingAuthority}, the same the decisions name.
 *
 * @param seal the authority's signing key; without a keystore a development key is made in the
 *     data folder and every document says it is a development signature
 * @param publicUrl the service's address as the public reaches it: the QR code of every document
 *     points to {@code <public-url>/v/<code>}
 * @param timeZone the authority's time zone, in which a receipt states the time of filing
 */
@ConfigurationProperties("qualify")
public record IssuingSettings(
        @DefaultValue Seal seal,
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("Asia/Almaty") ZoneId timeZone) {

    public IssuingSettings {
        var scheme = publicUrl.getScheme();
        if (!publicUrl.isAbsolute()
                || publicUrl.getHost() == null
                || !("https".equals(scheme) || "http".equals(scheme))) {
            throw new IllegalArgumentException(
                    "qualify.public-url must be an absolute http(s) address, not '" + publicUrl + "'");
        }
        if (publicUrl.toString().length() > 150) {
            throw new IllegalArgumentException(
                    "qualify.public-url must be at most 150 characters, so the documents' QR codes stay easy to scan");
        }
    }

    /**
     * The PKCS#12 keystore holding the authority's private key and certificate chain.
     *
     * @param keystore the {@code .p12} file; when unset, the development key
     *     {@code <data-dir>/development-seal.p12} is used (made at the first document)
     * @param password the keystore's (and the key's) password
     * @param alias the key's alias in the keystore
     */
    public record Seal(
            @Nullable Path keystore,
            @Nullable String password,
            @DefaultValue("seal") String alias) {}
}
