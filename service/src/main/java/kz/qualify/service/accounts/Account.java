package kz.qualify.service.accounts;

import java.time.OffsetDateTime;
import kz.qualify.service.web.Actor;
import org.jspecify.annotations.Nullable;

/**
 * A user account (the password hash never leaves the repository). {@code mustChangePassword}: the
 * password was set by an administrator and is temporary — until the account changes it, it may only
 * ask who it is and change it. {@code disabled}: why, by whom and when the account was disabled;
 * null while it is enabled (and for an account disabled before the reason was kept here: the audit
 * trail has it).
 */
public record Account(
        long id,
        String username,
        Actor.Role role,
        @Nullable Long organisationId,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable Disabling disabled,
        Profile profile) {

    /**
     * Who holds the account, beyond its login: a decision names its officer by full name and
     * position; notifications go to the e-mail address in the preferred language (kk, ru or en).
     */
    public record Profile(
            @Nullable String fullName,
            @Nullable String position,
            @Nullable String email,
            @Nullable String preferredLanguage) {

        public static final Profile NONE = new Profile(null, null, null, null);

        /** Whether it names the person well enough to sign a decision. */
        public boolean signs() {
            return fullName != null && !fullName.isBlank() && position != null && !position.isBlank();
        }
    }

    /** The disabling of an account: the administrator's reason, the administrator, the time. */
    public record Disabling(String reason, String by, OffsetDateTime at) {}
}
