package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reading an .xls (POI HSSF) writes nothing to standard error: no "Log4j API could not find a
 * logging provider" notice. Run in a fresh JVM, since the Log4j API settles its provider once per
 * JVM and other tests in this one may have done so already.
 */
class PoiLoggingTest {

    /** In the child JVM: read the file with the command-line tool, as a person would. */
    @Test
    void readingAnXlsFileLeavesStandardErrorEmpty() throws Exception {
        var xls = Fixtures.file("messy.xls");
        var run = java(ImportStaff.class.getName(), xls.toString());
        assertThat(run.out()).contains("messy.xls").contains("Ахметов");
        assertThat(run.err()).doesNotContain("Log4j").isEmpty();
    }

    @Test
    void withoutTheChoiceTheNoticeIsThere() throws Exception {
        // a provider property set, though empty, leaves the choice to Log4j: the notice comes back,
        // which proves the test above would see it
        var xls = Fixtures.file("messy.xls");
        var run = javaWith("-Dlog4j2.provider=", ImportStaff.class.getName(), xls.toString());
        assertThat(run.out()).contains("Ахметов");
        assertThat(run.err()).contains("Log4j API could not find a logging provider");
    }

    private record Run(int exit, String out, String err) {}

    private static Run java(String... args) throws Exception {
        return javaWith(null, args);
    }

    private static Run javaWith(String option, String... args) throws Exception {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (option != null) command.add(option);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(java.util.List.of(args));
        var process = new ProcessBuilder(command).start();
        var err = new java.util.concurrent.CompletableFuture<String>();
        Thread.ofVirtual().start(() -> {
            try {
                err.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.completeExceptionally(e);
            }
        });
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("the child JVM ends")
                .isTrue();
        return new Run(process.exitValue(), out, err.get(60, TimeUnit.SECONDS));
    }
}
