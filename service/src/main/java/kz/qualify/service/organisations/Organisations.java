package kz.qualify.service.organisations;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.TaxId;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.audit.AuditTrail;
import kz.qualify.service.web.Etags;
import kz.qualify.service.web.Page;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The registered organisations. */
@Repository
public class Organisations {

    private static final RowMapper<Organisation> ROW = (rs, n) -> new Organisation(
            rs.getLong("id"),
            LegalForm.valueOf(rs.getString("legal_form")),
            rs.getString("tax_id"),
            rs.getString("name"),
            rs.getString("address"),
            rs.getLong("version"));

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Organisations(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Organisation register(String actor, LegalForm legalForm, TaxId taxId, String name, String address) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO organisations (tax_id, legal_form, name, address, version, created_at)
                VALUES (:taxId, :form, :name, :address, 1, :now)""")
                .param("taxId", taxId.value())
                .param("form", legalForm.name())
                .param("name", name)
                .param("address", address)
                .param("now", OffsetDateTime.now())
                .update(keys, "id");
        var created = find(keys.getKeyAs(Long.class)).orElseThrow();
        audit.append(actor, "organisation.registered", "organisation", Long.toString(created.id()), null, created);
        return created;
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql("SELECT * FROM organisations WHERE id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    public Optional<Organisation> findByTaxId(String taxId) {
        return jdbc.sql("SELECT * FROM organisations WHERE tax_id = :t")
                .param("t", taxId)
                .query(ROW)
                .optional();
    }

    public Page<Organisation> page(Page.Request request) {
        return request.select(jdbc, "organisations", Map.of(), "id", ROW);
    }

    @Transactional
    public Organisation update(
            String actor, long id, long expectedVersion, LegalForm legalForm, String name, String address) {
        var before = find(id).orElseThrow(() ->
                kz.qualify.service.web.ApiException.notFound(Message.of("api.what.organisation", Arg.count("id", id))));
        int n = jdbc.sql("""
                UPDATE organisations SET legal_form = :form, name = :name, address = :address, version = version + 1
                WHERE id = :id AND version = :v""")
                .param("form", legalForm.name())
                .param("name", name)
                .param("address", address)
                .param("id", id)
                .param("v", expectedVersion)
                .update();
        if (n == 0) throw Etags.stale();
        var after = find(id).orElseThrow();
        audit.append(actor, "organisation.updated", "organisation", Long.toString(id), before, after);
        return after;
    }
}
