package kz.qualify.catalog.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    private static List<String> assemble(String... rawLines) {
        return Paragraphs.assemble(
                List.of(rawLines).stream().map(ExportLine::of).toList());
    }

    @Test
    void anIndentedLineOpensAParagraphAndColumnZeroLinesContinueIt() {
        assertThat(assemble("      первый абзац ", "продолжается здесь", "      второй абзац"))
                .containsExactly("первый абзац продолжается здесь", "второй абзац");
    }

    @Test
    void aPageBreakDoesNotEndAParagraph() {
        assertThat(assemble("      горных (разведка, ", "", "", "", "добыча полезных ископаемых)"))
                .containsExactly("горных (разведка, добыча полезных ископаемых)");
    }

    @Test
    void punctuationStartingALineAndTextAfterAnOpeningBracketJoinWithoutASpace() {
        assertThat(assemble("      по техническим", ", энергетическим (", "представляются", ") и далее", ";"))
                .containsExactly("по техническим, энергетическим (представляются) и далее;");
    }

    @Test
    void runsOfSpacesCollapseAndSpacesBeforeClosingPunctuationGo() {
        assertThat(assemble("      оборудования ,  подъемных  агрегатов ;"))
                .containsExactly("оборудования, подъемных агрегатов;");
    }

    @Test
    void textAtColumnZeroWithNoParagraphOpenStartsOne() {
        assertThat(assemble("", "Утративший силу", "Постановление", "      Сноска."))
                .containsExactly("Утративший силу Постановление", "Сноска.");
    }

    @Test
    void aLetterSpacedLineIsClosedUpBeforeItIsJoined() {
        assertThat(assemble(
                        "      распределение электрической энергии до ", "п о т р е б и т е л я ,  и  в к л ю ч а ю т"))
                .containsExactly("распределение электрической энергии до потребителя, и включают");
    }
}
