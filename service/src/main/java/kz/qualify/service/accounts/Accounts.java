package kz.qualify.service.accounts;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
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
            rs.getBoolean("enabled"));

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    Accounts(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional
    public Account create(
            String actor, String username, String rawPassword, Actor.Role role, @Nullable Long organisationId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO accounts (username, password_hash, role, organisation_id, enabled, created_at)
                VALUES (:u, :p, :r, :o, TRUE, :now)""")
                .param("u", username)
                .param("p", encoder.encode(rawPassword))
                .param("r", role.name())
                .param("o", organisationId)
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

    /** The stored credentials for authentication, or empty. */
    Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT * FROM accounts WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> new Credentials(ROW.mapRow(rs, n), rs.getString("password_hash")))
                .optional();
    }

    record Credentials(Account account, String passwordHash) {}
}
