package kz.qualify.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest
    @CsvSource({
        "0, специалистов",
        "1, специалист",
        "2, специалиста",
        "4, специалиста",
        "5, специалистов",
        "11, специалистов",
        "12, специалистов",
        "14, специалистов",
        "21, специалист",
        "22, специалиста",
        "101, специалист",
        "111, специалистов",
        "112, специалистов",
        "1004, специалиста"
    })
    void russianNounsTakeTheFormTheirCountAsks(long n, String form) {
        assertThat(Text.plural(n, "специалист", "специалиста", "специалистов")).isEqualTo(form);
    }

    @Test
    void joinsEachLanguageWithItsOwnSeparator() {
        var parts = List.of(Text.of("a", "а"), Text.of("b", "б"), Text.same("7"));
        assertThat(Text.join(Text.of(" or ", " или "), parts)).isEqualTo(Text.of("a or b or 7", "а или б или 7"));
        assertThat(Text.join(Text.same(", "), List.of())).isEqualTo(Text.of("", ""));
        assertThat(Text.join(Text.same(", "), List.of(Text.of("x", "х")))).isEqualTo(Text.of("x", "х"));
    }

    @Test
    void addsWordsThatReadTheSameInBoth() {
        assertThat(Text.of("short by ", "недостаёт ").plus("5 ₸")).isEqualTo(Text.of("short by 5 ₸", "недостаёт 5 ₸"));
        assertThatThrownBy(() -> Text.of("only English", null)).isInstanceOf(NullPointerException.class);
    }
}
