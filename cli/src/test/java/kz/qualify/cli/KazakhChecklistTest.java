package kz.qualify.cli;

import static kz.qualify.cli.QualifyCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code qualify requirements --lang kk}: the checklist in the state language. */
class KazakhChecklistTest {

    @Test
    void theChecklistSpeaksKazakhWithTheLawsCitations() {
        var run = run("requirements", "--activity", "1", "--lang", "kk");

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith("1 қызмет түріне қойылатын талаптар — электр энергиясын беру және тарату")
                .contains(
                        "Кім лицензиат бола алады",
                        "өтініш беруші — жеке тұлға (жеке кәсіпкер), заңды тұлға",
                        "қосалқы станциялар: мүлік «қосалқы станциялар» — меншікте немесе өзге де заңды негізде",
                        "құжаттар: штат кестесі; ")
                .doesNotContain("asset", "documents", "Требования", "имущество", "decree-967-2012");
        // beyond the requirement ids at the head of each line, no Latin letter is left
        assertThat(run.out().lines().map(l -> l.length() > 19 ? l.substring(19) : ""))
                .noneMatch(l -> l.matches(".*[A-Za-z].*"));
    }

    @Test
    void theDeclaredWorksAreNamedNotEchoedAsCodes() {
        var run = run("requirements", "--activity", "4", "--work", "design,repair", "--lang", "kk");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Жұмыс түрлері: жобалау, жөндеу").doesNotContain("[design, repair]");
    }

    @Test
    void theJsonCarriesAKazakhTwinOnlyWhenKazakhIsAsked() {
        var kazakh = run("requirements", "--activity", "7", "--lang", "kk", "--format", "json")
                .json();
        var line = kazakh.get(2); // 7.2
        assertThat(line.get("requirement").asString()).isEqualTo("7.2");
        assertThat(line.get("kk").get("title").asString())
                .isEqualTo("Абоненттік қызметтер; диспетчерлік қызмет немесе диспетчерлік орталықпен шарт");
        assertThat(line.get("kk").get("provide").toString()).contains(" НЕМЕСЕ шарт немесе ниет хаттамасы");
        assertThat(line.get("documents").get(0).get("kk").asString())
                .isEqualTo("қызметті құру және (немесе) жауапты тұлғаларды тағайындау туралы бұйрықтың көшірмесі");

        var english = run("requirements", "--activity", "7", "--format", "json").json();
        assertThat(english.get(2).has("kk")).isFalse();
        assertThat(english.get(2).get("ru").get("title").asString()).startsWith("Абонентские службы");
    }
}
