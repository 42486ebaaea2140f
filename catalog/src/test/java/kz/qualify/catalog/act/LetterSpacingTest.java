package kz.qualify.catalog.act;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LetterSpacingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "н а с т о я щ е м у  п о с т а н о в л е н и ю | настоящему постановлению",
                "2 )  с л у ж б ,  о б е с п е ч и в а ю щ и х : | 2) служб, обеспечивающих:",
                "№  5 0 ,  с т .  6 0 8 )  с л е д у ю щ и е  и з м е н е н и я : | № 50, ст. 608) следующие изменения:",
                "П р е м ь е р - М и н и с т р | Премьер-Министр",
                "р а б о т ы  в  д а н н о й  о б л а с т и ) . | работы в данной области).",
                "с р е д н е - с п е ц и а л ь н о е  о б р а з о в а н и е ) . | средне-специальное образование).",
            })
    void closesUpALetterSpacedLineIntoWords(String spaced, String words) {
        assertThat(LetterSpacing.collapse(spaced)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "плоттеры и  и н о е  о б о р у д о в а н и е ) ; | плоттеры и иное оборудование);",
                "2007 г., №  5 0 ,  с т .  6 0 8 ) | 2007 г., № 50, ст. 608)",
            })
    void closesUpOnlyTheSpacedPartOfALine(String line, String repaired) {
        assertThat(LetterSpacing.collapse(line)).isEqualTo(repaired);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "изготовление и (или) монтаж",
                "Республики Казахстан К. Масимов",
                "для руководителей - для специалистов - не менее 1 года",
                "подпунктами 2), 3), 5) настоящего пункта",
                "пункты 3 и 4",
                "не менее 70 % от общей численности",
                "охрану труда  и  технику безопасности",
                "выше 115 °С, сосудов",
            })
    void leavesOrdinaryTextAlone(String text) {
        assertThat(LetterSpacing.collapse(text)).isEqualTo(text);
    }
}
