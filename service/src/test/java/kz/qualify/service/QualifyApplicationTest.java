package kz.qualify.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QualifyApplicationTest {

    @Test
    void mapsTheLaunchersPortOptionToServerPort() {
        assertThat(QualifyApplication.translate(new String[] {"serve", "--port", "9090", "--qualify.demo=true"}))
                .containsExactly("--server.port=9090", "--qualify.demo=true");
        assertThat(QualifyApplication.translate(new String[] {"--port=7070"})).containsExactly("--server.port=7070");
    }

    @Test
    void passesOtherArgumentsThrough() {
        assertThat(QualifyApplication.translate(new String[] {"--spring.datasource.url=jdbc:x", "--verify-audit"}))
                .containsExactly("--spring.datasource.url=jdbc:x", "--verify-audit");
    }

    @Test
    void takesTheServerCommandsOutOfTheArguments() {
        var verify = new java.util.ArrayList<>(java.util.List.of("--verify-audit", "--qualify.data-dir=/x"));
        assertThat(ServerCommands.take(verify)).contains(new ServerCommands.Command.VerifyAudit());
        assertThat(verify).containsExactly("--qualify.data-dir=/x");

        var reset = new java.util.ArrayList<>(java.util.List.of("--reset-admin-password=root"));
        assertThat(ServerCommands.take(reset)).contains(new ServerCommands.Command.ResetAdministratorPassword("root"));
        assertThat(ServerCommands.take(new java.util.ArrayList<>(java.util.List.of("--reset-admin-password"))))
                .contains(new ServerCommands.Command.ResetAdministratorPassword(null));
        assertThat(ServerCommands.take(new java.util.ArrayList<>(java.util.List.of("--port=1"))))
                .isEmpty();
    }
}
