package kz.qualify.service.audit;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import kz.qualify.service.QualifyProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Binds the audit key to the chain and writes the checkpoints of its head. Before anything is
 * appended, the key's id is recorded on the chain head, or compared with the one recorded there:
 * an instance given another key refuses to start. Then the head is checkpointed — on a chain written
 * before there was a key, this first checkpoint is what holds its entries — and again every
 * {@code qualify.audit.checkpoint-interval} when it moved, and at shutdown.
 */
@Component
@Profile("!verify-audit") // the verification reads; it makes no key and writes no checkpoint
class AuditCheckpointing implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpointing.class);

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final Path file;

    private AuditTrail.@Nullable Head last;
    private boolean bound;

    AuditCheckpointing(JdbcClient jdbc, AuditKey key, QualifyProperties properties) {
        this.jdbc = jdbc;
        this.key = key;
        this.file = properties.auditCheckpointFile();
    }

    @Override
    public void afterSingletonsInstantiated() {
        bind();
        try {
            write(head());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the audit checkpoints " + file + ": " + e.getMessage(), e);
        }
    }

    /** Records the key's id on the chain head when there is none yet; refuses another key. */
    private void bind() {
        jdbc.sql("UPDATE audit_head SET key_id = :id WHERE id = 1 AND key_id IS NULL")
                .param("id", key.id())
                .update();
        var recorded = jdbc.sql("SELECT key_id FROM audit_head WHERE id = 1")
                .query(String.class)
                .single();
        if (!key.id().equals(recorded.strip())) {
            throw new IllegalStateException("the audit key " + key.file() + " (id " + key.id()
                    + ") is not the key this database's audit trail is written with (id " + recorded.strip()
                    + "): give every instance on one database the same key file (qualify.audit.key-file)");
        }
        bound = true;
    }

    @Scheduled(
            fixedDelayString = "${qualify.audit.checkpoint-interval:1m}",
            initialDelayString = "${qualify.audit.checkpoint-interval:1m}")
    synchronized void checkpointIfMoved() {
        if (!bound) return;
        try {
            var head = head();
            if (!head.equals(last)) write(head);
        } catch (IOException | RuntimeException e) {
            log.error("cannot write the audit checkpoint to {}: {}", file, e.getMessage());
        }
    }

    @PreDestroy
    void atShutdown() {
        checkpointIfMoved();
    }

    private AuditTrail.Head head() {
        return jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
                .query((rs, n) -> new AuditTrail.Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    private synchronized void write(AuditTrail.Head head) throws IOException {
        AuditCheckpoints.append(file, key, head.seq(), head.hash());
        last = head;
    }
}
