package kz.qualify.service.accounts;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks HTTP Basic credentials against the accounts, with login throttling. In order: a username
 * locked out after repeated failures is refused (429) before its password is even looked at; a wrong
 * password — or an unknown username, checked against a dummy hash so that it takes as long — is
 * counted as a failure, the one that reaches the limit locking the username; the right password
 * clears any failures recorded; a disabled account is refused (401) even with the right password.
 */
final class AccountAuthentication implements AuthenticationProvider {

    private final Accounts accounts;
    private final LoginFailures failures;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private volatile @Nullable String dummyHash;

    AccountAuthentication(Accounts accounts, LoginFailures failures, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.failures = failures;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = authentication.getName();
        var password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        var now = LoginFailures.now(clock);
        var credentials = accounts.credentials(username);
        var failed = credentials.isPresent()
                ? credentials.get().failed()
                : failures.find(username).orElse(null);
        var policy = failures.policy();
        var locked = policy.lockedFor(failed, now);
        if (locked.isPresent()) throw new LoginThrottled(locked.get());

        boolean matches;
        if (credentials.isPresent()) {
            matches = encoder.matches(password, credentials.get().passwordHash());
        } else {
            encoder.matches(password, dummyHash()); // the time a real check takes; the answer is no anyway
            matches = false;
        }
        if (!matches) {
            var after = failures.recordFailure(username, now);
            var lockedNow = policy.lockedFor(after, now);
            if (lockedNow.isPresent()) throw new LoginThrottled(lockedNow.get());
            throw new BadCredentialsException("bad credentials");
        }
        var c = credentials.get();
        if (failed != null) failures.clear(username, now);
        if (!c.account().enabled()) throw new DisabledException("the account is disabled");
        var principal = new AccountPrincipal(c.account(), c.passwordHash());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A hash of a random password, so an unknown username costs the same hashing as a known one. */
    private String dummyHash() {
        var h = dummyHash;
        if (h == null) {
            h = encoder.encode(java.util.UUID.randomUUID().toString());
            dummyHash = h;
        }
        return h;
    }
}
