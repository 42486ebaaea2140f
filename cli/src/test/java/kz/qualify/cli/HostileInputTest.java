package kz.qualify.cli;

import static kz.qualify.cli.QualifyCommandTest.IN_FORCE;
import static kz.qualify.cli.QualifyCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import kz.qualify.formats.DossierJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an outside probe fed {@code qualify check} (issue 10, part 4): a folder of empty files,
 * endless and non-regular inputs, dossiers made of thousands of mistakes, and {@code --help} after
 * a subcommand. Each answer is an exit code from the documented set and one clear line, never a
 * stack trace, a hang or an answer as large as the mistakes.
 */
class HostileInputTest {

    @Test
    void aFolderOfEmptyFilesIsInvalidAndNamesEachFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), "");
        Files.writeString(dir.resolve("b.json"), "  \n");
        var run = run("check", dir.toString(), "--as-of", IN_FORCE);
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(65);
        assertThat(run.out())
                .contains("a.json\tINVALID", "b.json\tINVALID", "the input is empty")
                .contains("INVALID 2");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against the hang, not a measurement
    @EnabledOnOs(OS.LINUX)
    void anEndlessDeviceIsRefusedWithOneLine() {
        var run = run("check", "/dev/zero", "--as-of", IN_FORCE);
        assertThat(run.exit()).isEqualTo(74);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("/dev/zero: not a regular file").doesNotContain("Exception", "\tat ");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @EnabledOnOs(OS.LINUX)
    void aFifoIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        var fifo = dir.resolve("dossier.json");
        var made = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(made.waitFor()).isZero();
        var single = run("check", fifo.toString(), "--as-of", IN_FORCE);
        assertThat(single.exit()).isEqualTo(74);
        assertThat(single.err()).contains("not a regular file").doesNotContain("Exception");
        // in a folder, the FIFO is one invalid entry among the others, named, and nothing waits for it
        Files.writeString(dir.resolve("empty.json"), "");
        var folder = run("check", dir.toString(), "--as-of", IN_FORCE);
        assertThat(folder.exit()).isEqualTo(65);
        assertThat(folder.out()).contains("dossier.json\tINVALID", "not a regular file", "empty.json\tINVALID");
    }

    @Test
    void aDossierLargerThanTheLimitIsInvalidWithoutBeingRead(@TempDir Path dir) throws Exception {
        var file = dir.resolve("huge.json");
        try (var out = Files.newOutputStream(file)) {
            var spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i <= 20; i++) out.write(spaces);
        }
        var run = run("check", file.toString(), "--as-of", IN_FORCE);
        assertThat(run.exit()).isEqualTo(65);
        assertThat(run.err()).contains("larger than the limit of 20971520 bytes");
    }

    /** 0.3 MB of unknown fields: a problem each. */
    static String manyMistakes(int fields) {
        var json = new StringBuilder("{");
        for (int i = 0; i < fields; i++) json.append("\"unknown").append(i).append("\": 1,");
        return json.append("\"activity\": 1}").toString();
    }

    @Test
    void theProblemsOfOneDossierAreCappedWithTheCountOfTheRest(@TempDir Path dir) throws Exception {
        var file = dir.resolve("mistakes.json");
        Files.writeString(file, manyMistakes(20_000));
        var text = run("check", file.toString(), "--as-of", IN_FORCE);
        assertThat(text.exit()).isEqualTo(65);
        var lines = text.err().strip().lines().toList();
        assertThat(lines).hasSize(1 + DossierJson.LISTED_PROBLEMS + 1);
        assertThat(lines.getFirst()).contains("more than 100 problems");
        assertThat(lines.getLast()).matches("  \\$: and 19\\d{3} more problems \\(only the first 100 are listed\\)");
        assertThat(text.err().length()).isLessThan(64 * 1024);

        var jsonl = dir.resolve("batch.jsonl");
        Files.writeString(jsonl, manyMistakes(20_000) + "\n");
        var json = run("check", jsonl.toString(), "--as-of", IN_FORCE, "--format", "json");
        assertThat(json.exit()).isEqualTo(65);
        var problems = QualifyCommandTest.JSON
                .readTree(json.out().lines().findFirst().orElseThrow())
                .get("problems");
        assertThat(problems.size()).isEqualTo(DossierJson.LISTED_PROBLEMS + 1);
        assertThat(problems.get(DossierJson.LISTED_PROBLEMS).get("message").asString())
                .matches("and 19\\d{3} more problems.*");
        assertThat(json.out().length()).isLessThan(64 * 1024);
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "requirements", "act", "import-staff"})
    void everySubcommandAnswersHelp(String command) {
        var run = run(command, "--help");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Usage: qualify " + command);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theTopLevelHelpNamesTheLauncherCommandsToo() {
        var run = run("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("check", "requirements", "import-staff", "serve", "audit verify", "admin reset-password");
    }

    @Test
    void importStaffHelpListsItsExitCodes() {
        var run = run("import-staff", "--help");
        assertThat(run.out()).contains("Exit codes:", "65", "74");
    }
}
