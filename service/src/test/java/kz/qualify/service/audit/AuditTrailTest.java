package kz.qualify.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

    static AuditTrail.Entry entry(String actor, String before, String after) {
        return new AuditTrail.Entry(
                7, AT, actor, "application.submitted", "application", "42", before, after, AuditTrail.GENESIS, "");
    }

    @Test
    void theHashCoversEveryFieldAndThePreviousHash() {
        var base = AuditTrail.hash(entry("officer", "{\"state\":\"DRAFT\"}", "{\"state\":\"SUBMITTED\"}"));
        assertThat(base)
                .hasSize(64)
                .isEqualTo(AuditTrail.hash(entry("officer", "{\"state\":\"DRAFT\"}", "{\"state\":\"SUBMITTED\"}")));
        assertThat(AuditTrail.hash(entry("mallory", "{\"state\":\"DRAFT\"}", "{\"state\":\"SUBMITTED\"}")))
                .isNotEqualTo(base);
        assertThat(AuditTrail.hash(entry("officer", "{\"state\":\"DRAFT\"}", "{\"state\":\"APPROVED\"}")))
                .isNotEqualTo(base);
        var otherPrev = new AuditTrail.Entry(
                7,
                AT,
                "officer",
                "application.submitted",
                "application",
                "42",
                "{\"state\":\"DRAFT\"}",
                "{\"state\":\"SUBMITTED\"}",
                "1".repeat(64),
                "");
        assertThat(AuditTrail.hash(otherPrev)).isNotEqualTo(base);
    }

    @Test
    void anAbsentStateIsNotTheEmptyString() {
        assertThat(AuditTrail.hash(entry("admin", null, "{}"))).isNotEqualTo(AuditTrail.hash(entry("admin", "", "{}")));
    }

    @Test
    void fieldsCannotBeShiftedIntoTheirNeighbours() {
        assertThat(AuditTrail.hash(entry("ab", "c", "d"))).isNotEqualTo(AuditTrail.hash(entry("a", "bc", "d")));
    }
}
