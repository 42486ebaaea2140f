package kz.qualify.official;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/**
 * One engine with a development seal for all the tests of a run (making it reads the fonts and
 * templates; making the key costs a moment), the documents it issued, and a copy of each under
 * {@code target/documents/} for the screenshots in docs/.
 */
final class Engines {

    static final Instant NOW = Instant.parse("2012-11-26T09:30:00Z");
    static final Path FOLDER = Path.of("target", "documents");

    private static OfficialDocuments development;
    private static final Map<OfficialDocument.Kind, Map<Language, SignedDocument>> issued =
            new EnumMap<>(OfficialDocument.Kind.class);

    static {
        // openhtmltopdf logs a few lines at INFO for every document; the engine reads its warnings through
        // a diagnostic consumer instead, so the tests' output can do without the log.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private Engines() {}

    static synchronized OfficialDocuments development() {
        if (development == null) {
            try {
                Files.createDirectories(FOLDER);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            development = new OfficialDocuments(Pkcs12Seal.development(FOLDER, clock), clock);
        }
        return development;
    }

    /** The sample document of this kind and language, issued once per run. */
    static synchronized SignedDocument issued(OfficialDocument.Kind kind, Language language) {
        return issued.computeIfAbsent(kind, k -> new EnumMap<>(Language.class)).computeIfAbsent(language, l -> {
            SignedDocument document = development().issue(Samples.of(kind, language));
            try {
                Files.write(FOLDER.resolve(document.fileName()), document.pdf());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return document;
        });
    }
}
