package kz.qualify.service.registrations;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Optional;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.TaxId;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.accounts.Account;
import kz.qualify.service.accounts.Accounts;
import kz.qualify.service.audit.AuditTrail;
import kz.qualify.service.organisations.Organisations;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Companies registering themselves, and the staff's approval or rejection. */
@Service
public class Registrations {

    private static final RowMapper<Registration> ROW = (rs, n) -> new Registration(
            rs.getLong("id"),
            rs.getString("tax_id"),
            LegalForm.valueOf(rs.getString("legal_form")),
            rs.getString("name"),
            rs.getString("address"),
            rs.getString("contact_name"),
            rs.getString("contact_position"),
            rs.getString("contact_email"),
            rs.getString("contact_language"),
            rs.getString("username"),
            Registration.Status.valueOf(rs.getString("status")),
            rs.getString("decided_by"),
            rs.getObject("decided_at", OffsetDateTime.class) == null
                    ? null
                    : rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
            rs.getString("reason"),
            (Long) rs.getObject("organisation_id", Long.class),
            rs.getObject("created_at", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    Registrations(JdbcClient jdbc, Accounts accounts, Organisations organisations, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a company sends to register. */
    record Request(
            LegalForm legalForm,
            String taxId,
            String name,
            String address,
            String contactName,
            @Nullable String contactPosition,
            String contactEmail,
            @Nullable String contactLanguage,
            String username,
            String password) {}

    @Transactional
    public Registration register(Request r) {
        var taxProblem = TaxId.problem(r.taxId());
        if (taxProblem != null) {
            throw ApiException.invalid("taxId", taxProblem);
        }
        if (organisations.findByTaxId(r.taxId()).isPresent() || pendingWithTaxId(r.taxId())) {
            throw ApiException.conflict(
                    "duplicate-tax-id", Message.of("api.organisation.taxIdTaken", Arg.text("taxId", r.taxId())));
        }
        if (accounts.findByUsername(r.username()).isPresent() || pendingWithUsername(r.username())) {
            throw ApiException.conflict(
                    "duplicate-username", Message.of("api.account.usernameTaken", Arg.text("username", r.username())));
        }
        var weak = accounts.passwordProblem(r.username(), r.password());
        if (weak != null) throw ApiException.invalid("password", weak);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO registrations (tax_id, legal_form, name, address, contact_name, contact_position,
                                           contact_email, contact_language, username, password_hash, status, created_at)
                VALUES (:tax, :form, :name, :address, :cn, :cp, :ce, :cl, :u, :p, 'PENDING', :now)""")
                .param("tax", r.taxId())
                .param("form", r.legalForm().name())
                .param("name", r.name().strip())
                .param("address", r.address().strip())
                .param("cn", r.contactName().strip())
                .param("cp", r.contactPosition())
                .param("ce", r.contactEmail().strip())
                .param("cl", r.contactLanguage())
                .param("u", r.username())
                .param("p", accounts.hash(r.password()))
                .param("now", OffsetDateTime.now(clock))
                .update(keys, "id");
        var created = find(keys.getKeyAs(Long.class)).orElseThrow();
        audit.append(
                r.username(), "registration.requested", "registration", Long.toString(created.id()), null, created);
        return created;
    }

    private boolean pendingWithTaxId(String taxId) {
        return jdbc.sql("SELECT COUNT(*) FROM registrations WHERE tax_id = :t AND status = 'PENDING'")
                        .param("t", taxId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean pendingWithUsername(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM registrations WHERE username = :u AND status = 'PENDING'")
                        .param("u", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<Registration> find(long id) {
        return jdbc.sql("SELECT * FROM registrations WHERE id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    public Page<Registration> page(Registration.@Nullable Status status, Page.Request request) {
        var params = new HashMap<String, Object>();
        var from = "registrations";
        if (status != null) {
            from += " WHERE status = :s";
            params.put("s", status.name());
        }
        return request.select(jdbc, from, params, "created_at DESC, id DESC", ROW);
    }

    /** Approves a pending registration: the organisation and its applicant account are made now. */
    @Transactional
    public Registration approve(Actor staff, long id) {
        var r = pending(id);
        if (organisations.findByTaxId(r.taxId()).isPresent()) {
            throw ApiException.conflict(
                    "duplicate-tax-id", Message.of("api.organisation.taxIdTaken", Arg.text("taxId", r.taxId())));
        }
        if (accounts.findByUsername(r.username()).isPresent()) {
            throw ApiException.conflict(
                    "duplicate-username", Message.of("api.account.usernameTaken", Arg.text("username", r.username())));
        }
        var organisation =
                organisations.register(staff.username(), r.legalForm(), new TaxId(r.taxId()), r.name(), r.address());
        var hash = jdbc.sql("SELECT password_hash FROM registrations WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        accounts.createRegistered(
                staff.username(),
                r.username(),
                hash,
                organisation.id(),
                new Account.Profile(r.contactName(), r.contactPosition(), r.contactEmail(), r.contactLanguage()));
        jdbc.sql("""
                UPDATE registrations SET status = 'APPROVED', decided_by = :by, decided_at = :at, organisation_id = :o,
                                         password_hash = '-'
                WHERE id = :id""")
                .param("by", staff.username())
                .param("at", OffsetDateTime.now(clock))
                .param("o", organisation.id())
                .param("id", id)
                .update();
        return decided(staff, id, r, "registration.approved");
    }

    /** Rejects a pending registration, for a reason the company is told. */
    @Transactional
    public Registration reject(Actor staff, long id, String reason) {
        var r = pending(id);
        jdbc.sql("""
                UPDATE registrations SET status = 'REJECTED', decided_by = :by, decided_at = :at, reason = :r,
                                         password_hash = '-'
                WHERE id = :id""")
                .param("by", staff.username())
                .param("at", OffsetDateTime.now(clock))
                .param("r", reason.strip())
                .param("id", id)
                .update();
        return decided(staff, id, r, "registration.rejected");
    }

    /** The registration as decided, with the decision in the audit trail (before and after). */
    private Registration decided(Actor staff, long id, Registration before, String action) {
        var after = find(id).orElseThrow();
        audit.append(staff.username(), action, "registration", Long.toString(id), before, after);
        return after;
    }

    private Registration pending(long id) {
        var r = jdbc.sql("SELECT * FROM registrations WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(ROW)
                .optional()
                .orElseThrow(() -> ApiException.notFound(Message.of("api.what.registration", Arg.count("id", id))));
        if (r.status() != Registration.Status.PENDING) {
            throw ApiException.conflict("already-decided", Message.of("api.registration.decided"));
        }
        return r;
    }
}
