package kz.qualify.service;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The licensing service. {@code java -jar qualify-service.jar [--port N] [--spring.* …]} serves
 * the REST API; {@code --verify-audit} checks the audit chain and {@code --reset-admin-password}
 * gives an administrator a new temporary password ({@link ServerCommands}, with their exit codes).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QualifyApplication {

    public static void main(String[] args) {
        var translated = translate(args);
        var command = ServerCommands.take(translated);
        if (command.isPresent()) {
            System.exit(ServerCommands.run(command.get(), translated, System.out, System.err));
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
