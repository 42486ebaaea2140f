package kz.qualify.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The databases a test class runs on: the embedded default (H2 files in a temporary folder) or a
 * fresh database on the real PostgreSQL at 127.0.0.1:5432, created for the class and dropped after.
 * The PostgreSQL account is {@code postgres} without a password (trust authentication, as on CI);
 * a stock installation that asks for a password ({@code scram-sha-256}) is reached by setting
 * {@code QUALIFY_TEST_PG_USER} and {@code QUALIFY_TEST_PG_PASSWORD}. The account must be allowed to
 * create databases.
 */
public sealed interface Databases extends AutoCloseable {

    String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    /** The PostgreSQL account the tests use: {@code QUALIFY_TEST_PG_USER}, else {@code postgres}. */
    static String pgUser() {
        var user = System.getenv("QUALIFY_TEST_PG_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    /** Its password: {@code QUALIFY_TEST_PG_PASSWORD}, else none. */
    static String pgPassword() {
        var password = System.getenv("QUALIFY_TEST_PG_PASSWORD");
        return password == null ? "" : password;
    }

    /** A connection to a database of the test server, as the tests' account. */
    static java.sql.Connection pgConnection(String url) throws SQLException {
        return DriverManager.getConnection(url, pgUser(), pgPassword());
    }

    /** Spring properties that point the service at this database and data folder. */
    Map<String, Object> properties();

    Path dataDir();

    String name();

    @Override
    void close();

    static Databases h2() {
        try {
            return new H2(Files.createTempDirectory("qualify-h2-"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Databases postgres() {
        var name = "qualify_it_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (var c = pgConnection(PG_ADMIN_URL);
                var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            return new Postgres(name, Files.createTempDirectory("qualify-pg-"));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed for this test", e);
        }
    }

    record H2(Path dataDir) implements Databases {
        @Override
        public Map<String, Object> properties() {
            return Map.of("qualify.data-dir", dataDir.toString());
        }

        @Override
        public String name() {
            return "H2";
        }

        @Override
        public void close() {
            delete(dataDir);
        }
    }

    record Postgres(String database, Path dataDir) implements Databases {
        @Override
        public Map<String, Object> properties() {
            return Map.of(
                    "qualify.data-dir",
                    dataDir.toString(),
                    "spring.datasource.url",
                    "jdbc:postgresql://127.0.0.1:5432/" + database,
                    "spring.datasource.username",
                    pgUser(),
                    "spring.datasource.password",
                    pgPassword());
        }

        @Override
        public String name() {
            return "PostgreSQL";
        }

        @Override
        public void close() {
            try (var c = pgConnection(PG_ADMIN_URL);
                    var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            delete(dataDir);
        }
    }

    private static void delete(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
