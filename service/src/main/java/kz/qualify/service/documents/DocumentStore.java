package kz.qualify.service.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kz.qualify.service.QualifyProperties;
import org.springframework.stereotype.Component;

/**
 * A content-addressed store: each file is kept once, at {@code objects/ab/cdef…} under the data
 * folder, named by its SHA-256. Writing is atomic (a temporary file moved into place), so two
 * instances sharing the folder never see half a file.
 */
@Component
class DocumentStore {

    private final Path objects;

    DocumentStore(QualifyProperties properties) {
        this.objects = properties.dataDir().resolve("objects");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path path(String sha256) {
        return objects.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2));
    }

    /** Stores the bytes under their hash (once) and returns the hash. */
    String put(byte[] bytes) {
        var hash = sha256(bytes);
        var target = path(hash);
        if (Files.exists(target)) return hash;
        try {
            Files.createDirectories(target.getParent());
            var tmp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                if (Files.exists(target)) Files.deleteIfExists(tmp);
                else Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a document", e);
        }
    }

    InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }
}
