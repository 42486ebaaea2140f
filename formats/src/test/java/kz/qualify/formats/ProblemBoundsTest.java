package kz.qualify.formats;

import static kz.qualify.formats.ProblemWords.en;
import static kz.qualify.formats.ProblemWords.ru;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * What one hostile input may cost (issue 10): the problems listed for it, and the bytes read of it,
 * are bounded whatever it holds — for the command line and the service alike, which both read here.
 */
class ProblemBoundsTest {

    static final DossierJson JSON = new DossierJson(TestEdition.editions());

    static DossierJson.Result.Invalid invalid(DossierJson.Result result) {
        assertThat(result).isInstanceOf(DossierJson.Result.Invalid.class);
        return (DossierJson.Result.Invalid) result;
    }

    static String unknownFields(int n) {
        var json = new StringBuilder("{");
        for (int i = 0; i < n; i++) json.append("\"unknown").append(i).append("\": 1,");
        return json.append("\"activity\": 1}").toString();
    }

    @Test
    void listsTheFirstHundredProblemsAndSaysHowManyMore() {
        var problems = invalid(JSON.read(unknownFields(20_000))).problems();

        assertThat(problems).hasSize(DossierJson.LISTED_PROBLEMS + 1);
        assertThat(problems.getFirst().path()).isEqualTo("$.unknown0");
        var last = problems.getLast();
        assertThat(last.path()).isEqualTo("$");
        assertThat(en(last)).matches("and 19\\d{3} more problems \\(only the first 100 are listed\\)");
        assertThat(ru(last)).matches("и ещё 19\\d{3} ошиб(ка|ки|ок) \\(перечислены только первые 100\\)");
    }

    @Test
    void listsEveryProblemWhenThereAreAHundredOrFewer() {
        var problems = invalid(JSON.read(unknownFields(50))).problems();

        assertThat(problems).hasSizeBetween(50, DossierJson.LISTED_PROBLEMS);
        assertThat(problems).noneMatch(p -> en(p).contains("more problem"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void readsNoMoreOfAnEndlessFileThanTheLimit() {
        var small = new DossierJson(TestEdition.editions(), new DossierJson.Limits(1_000, 10));

        // /dev/zero says it holds 0 bytes and never ends: the read itself must stop at the limit
        var problems = invalid(small.read(Path.of("/dev/zero"))).problems();

        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(en(p)).isEqualTo("the input is larger than the limit of 1000 bytes"));
    }
}
