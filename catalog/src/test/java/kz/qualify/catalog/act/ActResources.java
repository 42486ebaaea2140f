package kz.qualify.catalog.act;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The committed data files of the act, as the tests see them. */
final class ActResources {

    static final String EXPORT = "decree-967-2012.export.txt";
    static final String ACT_JSON = ActJson.DECREE_967_RESOURCE;

    /** Where the committed data lives in the source tree (tests run in the module directory). */
    static final Path SOURCE_DIR = Path.of("src/main/resources/kz/qualify/catalog/act");

    private ActResources() {}

    static byte[] bytes(String name) {
        try (InputStream in = ActResources.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static String exportText() {
        return text(EXPORT);
    }
}
