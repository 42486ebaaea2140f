package kz.qualify.service.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import kz.qualify.service.web.CpuBound;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers which (stored hash, presented password) pairs it has already
 * verified, so HTTP Basic does not pay a BCrypt round on every request. The key includes the stored
 * hash: when a password changes on any instance, the stored hash changes and the memory no longer
 * matches, so two instances never disagree about who may log in. Only digests are kept, never
 * passwords. Hashing itself runs on {@link CpuBound}'s platform threads, not on a request's
 * virtual thread.
 */
final class VerifiedCredentials implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final CpuBound cpu;
    private final ConcurrentHashMap<String, Boolean> verified = new ConcurrentHashMap<>();

    VerifiedCredentials(PasswordEncoder delegate, CpuBound cpu) {
        this.delegate = delegate;
        this.cpu = cpu;
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return cpu.run(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) return false;
        var key = digest(encodedPassword + '\u0000' + rawPassword);
        if (verified.containsKey(key)) return true;
        boolean ok = cpu.run(() -> delegate.matches(rawPassword, encodedPassword));
        if (ok) {
            if (verified.size() >= MAX_ENTRIES) verified.clear();
            verified.put(key, Boolean.TRUE);
        }
        return ok;
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String digest(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
