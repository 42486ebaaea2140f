package kz.qualify.service.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret the audit chain is authenticated with: HMAC-SHA256 of every entry's hash and of every
 * checkpoint of the chain's head. It lives in a file outside the database (by default
 * {@code <data-dir>/audit.key}, readable by its owner only), so whoever can write to the database but
 * cannot read this file cannot make an entry, or rewrite one, that verification accepts.
 *
 * <p>The file holds 32 random bytes in Base64 on one line. Its id — a MAC of a fixed text, which
 * says nothing about the key — is stored on the chain head, so an instance given another key refuses
 * to start rather than write entries that no one can verify.
 */
final class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);
    private static final int BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final SecretKeySpec secret;
    private final Path file;
    private final String id;

    private AuditKey(byte[] secret, Path file) {
        this.secret = new SecretKeySpec(secret, ALGORITHM);
        this.file = file;
        this.id = mac("qualify.audit.key-id").substring(0, 32);
    }

    /** A key from its bytes (tests). */
    static AuditKey of(byte[] secret, Path file) {
        return new AuditKey(secret.clone(), file);
    }

    /** The file the key was read from. */
    Path file() {
        return file;
    }

    /** Names the key without revealing it (32 hex digits). */
    String id() {
        return id;
    }

    /** The authentication code of an entry: HMAC over its hash, which covers every field and the link. */
    String authenticateEntry(String hash) {
        return mac("qualify.audit.entry\n" + hash);
    }

    /** The authentication code of a checkpoint: the entry it names, its hash and when it was taken. */
    String authenticateCheckpoint(long seq, String hash, String at) {
        return mac("qualify.audit.checkpoint\n" + seq + "\n" + hash + "\n" + at);
    }

    private String mac(String text) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The key in {@code file}, or empty when there is no such file. */
    static Optional<AuditKey> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new AuditUnverifiable("the audit key " + file + " cannot be read: " + e.getMessage());
        }
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            secret = new byte[0];
        }
        if (secret.length < BYTES) {
            throw new AuditUnverifiable("the audit key " + file + " is not a key: it must hold at least " + BYTES
                    + " random bytes in Base64 on one line");
        }
        warnIfOthersCanRead(file);
        return Optional.of(new AuditKey(secret, file));
    }

    /**
     * The key in {@code file}, made first when there is none: 32 random bytes written to a temporary
     * file readable by its owner only, then linked into place, so two instances starting at once on
     * one data folder end up with the same key (the second link fails and reads the first).
     */
    static AuditKey readOrCreate(Path file) {
        var existing = read(file);
        if (existing.isPresent()) return existing.get();
        var secret = new byte[BYTES];
        new SecureRandom().nextBytes(secret);
        var text = Base64.getEncoder().encodeToString(secret) + "\n";
        try {
            var folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            var temporary = posix(folder)
                    ? Files.createTempFile(
                            folder, ".audit-key-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(folder, ".audit-key-", ".tmp");
            try {
                try (var channel = java.nio.channels.FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
                    channel.force(true);
                }
                try {
                    Files.createLink(file, temporary);
                } catch (FileAlreadyExistsException e) {
                    return read(file).orElseThrow();
                } catch (UnsupportedOperationException | FileSystemException e) {
                    // no hard links here: a plain move, which fails too when the file has appeared
                    try {
                        Files.move(temporary, file);
                    } catch (FileAlreadyExistsException again) {
                        return read(file).orElseThrow();
                    }
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the audit key " + file + ": " + e.getMessage(), e);
        }
        log.info(
                "created the audit key {} (readable by its owner only): back it up apart from the database;"
                        + " whoever holds both can rewrite the audit trail",
                file);
        return read(file).orElseThrow();
    }

    private static boolean posix(Path folder) {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void warnIfOthersCanRead(Path file) {
        try {
            var folder = file.toAbsolutePath().getParent();
            if (folder == null || !posix(folder)) return;
            var permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                log.warn(
                        "the audit key {} can be read by others than its owner ({}): chmod 600 it",
                        file,
                        PosixFilePermissions.toString(permissions));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the permissions are advice; the key itself was read
        }
    }

    @Override
    public String toString() {
        return "AuditKey[" + id + " from " + file + "]";
    }
}
