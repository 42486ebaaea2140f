package kz.qualify.service.audit;

/**
 * The audit trail cannot be verified where it was looked for — its key is missing or unreadable —
 * which is not the same as finding it broken.
 */
public class AuditUnverifiable extends RuntimeException {

    AuditUnverifiable(String message) {
        super(message);
    }
}
