package kz.qualify.service;

import java.util.ArrayList;
import java.util.List;
import kz.qualify.service.audit.AuditVerification;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The licensing service. {@code java -jar qualify-service.jar [--port N] [--spring.* …]} serves
 * the REST API; {@code --verify-audit} checks the audit chain, prints the first broken link and exits
 * with 0 (intact) or 1 (broken).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QualifyApplication {

    static final String VERIFY_AUDIT = "--verify-audit";

    public static void main(String[] args) {
        var translated = translate(args);
        if (translated.contains(VERIFY_AUDIT)) {
            translated.remove(VERIFY_AUDIT);
            // the full application context, but no HTTP port (server.port=-1) and quiet logs
            translated.add("--server.port=-1");
            if (translated.stream().noneMatch(a -> a.startsWith("--logging.level.root"))) {
                translated.add("--logging.level.root=WARN");
            }
            var app = new SpringApplication(QualifyApplication.class);
            app.setAdditionalProfiles("verify-audit");
            try (var context = app.run(translated.toArray(String[]::new))) {
                var result = context.getBean(AuditVerification.class).verify();
                System.out.println(result.describe());
                System.exit(result.intact() ? 0 : 1);
            }
            return;
        }
        SpringApplication.run(QualifyApplication.class, translated.toArray(String[]::new));
    }

    /** Maps the launcher's {@code --port N} / {@code --port=N} to {@code --server.port=N}. */
    static List<String> translate(String[] args) {
        var out = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            var a = args[i];
            if (a.equals("--port") && i + 1 < args.length) {
                out.add("--server.port=" + args[++i]);
            } else if (a.startsWith("--port=")) {
                out.add("--server.port=" + a.substring("--port=".length()));
            } else if (a.equals("serve")) {
                // the launcher's sub-command: serving is the default
            } else {
                out.add(a);
            }
        }
        return out;
    }
}
