package kz.qualify.service.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import kz.qualify.service.web.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditVerification verification;
    private final JdbcClient jdbc;

    AuditController(AuditVerification verification, JdbcClient jdbc) {
        this.verification = verification;
        this.jdbc = jdbc;
    }

    /** Verifies the whole chain (administrators). */
    @Operation(
            operationId = "verifyAudit",
            summary = "Verify the audit trail's chain, authentication codes and checkpoints (administrators)")
    @GetMapping("/verify")
    @PreAuthorize("hasRole('ADMIN')")
    AuditVerification.Result verify() {
        return verification.verify();
    }

    record EntryView(
            long seq,
            String at,
            String actor,
            String action,
            String entity,
            String entityId,
            @Nullable String before,
            @Nullable String after,
            String prevHash,
            String hash) {}

    /** The trail, newest first, optionally for one entity (officers and administrators). */
    @Operation(operationId = "searchAudit", summary = "The audit trail, newest first (administrators and officers)")
    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    Page<EntryView> entries(
            @RequestParam(required = false) @Nullable String entity,
            @RequestParam(required = false) @Nullable String entityId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var request = new Page.Request(page, size);
        var where = new StringBuilder(" WHERE 1=1");
        var params = new java.util.HashMap<String, Object>();
        if (entity != null) {
            where.append(" AND entity = :entity");
            params.put("entity", entity);
        }
        if (entityId != null) {
            where.append(" AND entity_id = :entityId");
            params.put("entityId", entityId);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_log" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<EntryView> items = jdbc.sql("SELECT seq, at, actor, action, entity, entity_id, before_json, after_json, "
                        + "prev_hash, hash FROM audit_log" + where + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .params(Map.of("limit", request.size(), "offset", request.offset()))
                .query((rs, n) -> new EntryView(
                        rs.getLong(1),
                        rs.getObject(2, java.time.OffsetDateTime.class)
                                .toInstant()
                                .toString(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10)))
                .list();
        return request.of(items, total);
    }
}
