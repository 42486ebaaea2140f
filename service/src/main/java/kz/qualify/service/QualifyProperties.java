package kz.qualify.service;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The deployment's settings ({@code qualify.*}).
 *
 * @param dataDir where the embedded database and the document store live
 * @param legalDate the date the law is applied on, when the deployment operates on a fixed legal
 *     date; otherwise the filing date (today)
 * @param demo whether to create demo data at start
 * @param demoPassword the demo accounts' password; generated and logged once when unset
 * @param maxDocumentSize the largest document accepted
 * @param admin the first administrator
 */
@ConfigurationProperties("qualify")
public record QualifyProperties(
        Path dataDir,
        @Nullable LocalDate legalDate,
        boolean demo,
        @Nullable String demoPassword,
        DataSize maxDocumentSize,
        Admin admin) {

    public QualifyProperties {
        if (dataDir == null) dataDir = Path.of("data", "qualify");
        if (maxDocumentSize == null) maxDocumentSize = DataSize.ofMegabytes(20);
        if (admin == null) admin = new Admin(null, null);
    }

    /** The first administrator, created at start when no administrator exists. */
    public record Admin(@Nullable String username, @Nullable String password) {}
}
