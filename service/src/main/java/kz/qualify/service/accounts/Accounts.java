package kz.qualify.service.accounts;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import kz.qualify.message.Message;
import kz.qualify.service.audit.AuditTrail;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The user accounts. Passwords are stored only as hashes. */
@Repository
public class Accounts {

    static final RowMapper<Account> ROW = (rs, n) -> new Account(
            rs.getLong("id"),
            rs.getString("username"),
            Actor.Role.valueOf(rs.getString("role")),
            (Long) rs.getObject("organisation_id", Long.class),
            rs.getBoolean("enabled"),
            rs.getBoolean("must_change_password"),
            rs.getString("disabled_reason") == null
                    ? null
                    : new Account.Disabling(
                            rs.getString("disabled_reason"),
                            rs.getString("disabled_by"),
                            rs.getObject("disabled_at", OffsetDateTime.class)),
            new Account.Profile(
                    rs.getString("full_name"),
                    rs.getString("position"),
                    rs.getString("email"),
                    rs.getString("preferred_language")));

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    Accounts(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    /**
     * An account whose password its owner chose: the first administrator and the demo accounts, from
     * the deployment's configuration.
     */
    @Transactional
    public Account create(
            String actor, String username, String rawPassword, Actor.Role role, @Nullable Long organisationId) {
        return insert(actor, username, rawPassword, role, organisationId, false);
    }

    /**
     * An account created by an administrator, with a temporary initial password: the account must
     * change it before doing anything else.
     */
    @Transactional
    public Account createWithTemporaryPassword(
            String actor, String username, String rawPassword, Actor.Role role, @Nullable Long organisationId) {
        return insert(actor, username, rawPassword, role, organisationId, true);
    }

    private Account insert(
            String actor,
            String username,
            String rawPassword,
            Actor.Role role,
            @Nullable Long organisationId,
            boolean mustChangePassword) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO accounts (username, password_hash, role, organisation_id, enabled, must_change_password,
                                      created_at)
                VALUES (:u, :p, :r, :o, TRUE, :m, :now)""")
                .param("u", username)
                .param("p", encoder.encode(rawPassword))
                .param("r", role.name())
                .param("o", organisationId)
                .param("m", mustChangePassword)
                .param("now", OffsetDateTime.now())
                .update(keys, "id");
        var created = find(keys.getKeyAs(Long.class)).orElseThrow();
        audit.append(actor, "account.created", "account", Long.toString(created.id()), null, created);
        return created;
    }

    public Optional<Account> find(long id) {
        return jdbc.sql("SELECT * FROM accounts WHERE id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM accounts WHERE username = :u")
                .param("u", username)
                .query(ROW)
                .optional();
    }

    /** The enabled accounts with a role (of one organisation, for applicants): whom to tell of something. */
    public java.util.List<Account> enabled(Actor.Role role, @Nullable Long organisationId) {
        return jdbc.sql("SELECT * FROM accounts WHERE role = :r AND enabled"
                        + (organisationId == null ? "" : " AND organisation_id = :o") + " ORDER BY id")
                .param("r", role.name())
                .params(organisationId == null ? Map.of() : Map.of("o", organisationId))
                .query(ROW)
                .list();
    }

    public boolean anyWithRole(Actor.Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE role = :r")
                        .param("r", role.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Page<Account> page(Page.Request request) {
        return request.select(jdbc, "accounts", Map.of(), "id", ROW);
    }

    /**
     * Locks the account's row for a change (the caller's transaction) and returns it as it is now.
     */
    Optional<Account> lock(long id) {
        return jdbc.sql("SELECT * FROM accounts WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    /**
     * Locks every administrator's row until the caller's transaction ends and returns how many are
     * enabled. Every change that could leave no enabled administrator takes these locks first, so two
     * such changes — two administrators disabling each other at the same moment, on two instances —
     * run one after the other and the second sees the first.
     */
    long lockAdministrators() {
        // lock every administrator's row (enabled or not: a row enabled meanwhile is then waited for too) …
        jdbc.sql("SELECT id FROM accounts WHERE role = 'ADMIN' FOR UPDATE")
                .query(Long.class)
                .list();
        // … and count, with the locks held, the ones enabled as committed now
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE role = 'ADMIN' AND enabled")
                .query(Long.class)
                .single();
    }

    /** Why {@code rawPassword} may not be the password of {@code username}, or null when it may. */
    public @Nullable Message passwordProblem(String username, String rawPassword) {
        return PasswordPolicy.problem(username, rawPassword);
    }

    /** The stored form of a password chosen before its account exists (a company registering itself). */
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    /**
     * The applicant account of a company whose self-registration was approved, with the password its
     * contact chose when registering (kept hashed meanwhile): it is the holder's own, not temporary.
     */
    @Transactional
    public Account createRegistered(
            String actor, String username, String passwordHash, long organisationId, Account.Profile profile) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO accounts (username, password_hash, role, organisation_id, enabled, must_change_password,
                                      created_at, full_name, position, email, preferred_language)
                VALUES (:u, :p, 'APPLICANT', :o, TRUE, FALSE, :now, :n, :pos, :e, :l)""")
                .param("u", username)
                .param("p", passwordHash)
                .param("o", organisationId)
                .param("now", OffsetDateTime.now())
                .param("n", profile.fullName())
                .param("pos", profile.position())
                .param("e", profile.email())
                .param("l", profile.preferredLanguage())
                .update(keys, "id");
        var created = find(keys.getKeyAs(Long.class)).orElseThrow();
        audit.append(actor, "account.created", "account", Long.toString(created.id()), null, created);
        return created;
    }

    /** Sets who holds the account (full name, position, e-mail, language). */
    @Transactional
    public Account setProfile(String actor, long id, Account.Profile profile) {
        var before = find(id).orElseThrow();
        jdbc.sql("""
                UPDATE accounts SET full_name = :n, position = :p, email = :e, preferred_language = :l
                WHERE id = :id""")
                .param("n", profile.fullName())
                .param("p", profile.position())
                .param("e", profile.email())
                .param("l", profile.preferredLanguage())
                .param("id", id)
                .update();
        var after = find(id).orElseThrow();
        audit.append(actor, "account.profile-changed", "account", Long.toString(id), before.profile(), after.profile());
        return after;
    }

    /** Disables an account, keeping why, by whom and when on it. */
    void disable(long id, String reason, String administrator) {
        jdbc.sql("""
                UPDATE accounts SET enabled = FALSE, disabled_reason = :r, disabled_by = :b, disabled_at = :t
                WHERE id = :id""")
                .param("r", reason)
                .param("b", administrator)
                .param("t", OffsetDateTime.now())
                .param("id", id)
                .update();
    }

    /** Enables an account again; the disabling's reason is then in the audit trail only. */
    void enable(long id) {
        jdbc.sql("""
                UPDATE accounts SET enabled = TRUE, disabled_reason = NULL, disabled_by = NULL, disabled_at = NULL
                WHERE id = :id""").param("id", id).update();
    }

    /**
     * Stores a new password, hashed, and whether it is temporary (set by an administrator) or the
     * account's own; the old one stops working on every instance at once: verified passwords are
     * remembered only together with the stored hash, which a new hash (with a new salt, even for the
     * same password) no longer matches.
     */
    void setPassword(long id, String rawPassword, boolean mustChangePassword) {
        jdbc.sql("UPDATE accounts SET password_hash = :p, must_change_password = :m WHERE id = :id")
                .param("p", encoder.encode(rawPassword))
                .param("m", mustChangePassword)
                .param("id", id)
                .update();
    }

    /** Whether {@code rawPassword} is the account's current password. */
    boolean passwordMatches(long id, String rawPassword) {
        return jdbc.sql("SELECT password_hash FROM accounts WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(hash -> encoder.matches(rawPassword, hash))
                .orElse(false);
    }

    /**
     * The stored credentials for authentication, with the failed logins recorded for the username —
     * one query, so a login that has nothing recorded costs no extra round trip — or empty.
     */
    Optional<Credentials> credentials(String username) {
        return jdbc.sql("""
                SELECT a.*, f.failures, f.window_start, f.locked_until
                FROM accounts a LEFT JOIN login_failures f ON f.username = a.username
                WHERE a.username = :u""")
                .param("u", username)
                .query((rs, n) ->
                        new Credentials(ROW.mapRow(rs, n), rs.getString("password_hash"), LoginFailures.map(rs)))
                .optional();
    }

    /** What authentication needs to know about an account. */
    record Credentials(
            Account account, String passwordHash, @Nullable FailedLogins failed) {}
}
