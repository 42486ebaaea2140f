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
}
