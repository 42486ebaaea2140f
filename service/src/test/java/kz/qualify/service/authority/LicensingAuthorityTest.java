package kz.qualify.service.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import kz.qualify.wording.Language;
import org.junit.jupiter.api.Test;

class LicensingAuthorityTest {

    @Test
    void unsetGivesNeutralWordsInEveryLanguage() {
        var authority = new LicensingAuthority(null, null, null, null);
        assertThat(authority.name(Language.of("ru"))).startsWith("Лицензиар");
        assertThat(authority.name(Language.of("kk"))).contains("уәкілетті");
        assertThat(authority.appealTo(Language.of("en"))).contains("court");
    }

    @Test
    void aNameMustBeGivenInAllThreeLanguagesOrNone() {
        assertThatThrownBy(() -> new LicensingAuthority(Map.of("ru", "Комитет"), null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qualify.authority.name.kk");
        var named = new LicensingAuthority(
                Map.of("kk", "Комитет kk", "ru", " Комитет ", "en", "Committee"), null, null, null);
        assertThat(named.name(Language.of("ru"))).isEqualTo("Комитет");
        assertThat(named.name(Language.of("en-XA")))
                .as("a language it is not named in: English")
                .isEqualTo("Committee");
    }

    @Test
    void theAddressAndPositionAreKeptPerLanguageGivenAndLeftOutOtherwise() {
        var authority = new LicensingAuthority(
                null, null, Map.of("ru", " г. Астана, пр. Мангилик Ел, 8 ", "kk", " "), Map.of("ru", "Руководитель"));
        assertThat(authority.addressIn("ru")).contains("г. Астана, пр. Мангилик Ел, 8");
        assertThat(authority.addressIn("kk")).as("a blank value is none").isEmpty();
        assertThat(authority.positionIn("ru")).contains("Руководитель");
        assertThat(authority.positionIn("en")).isEmpty();
    }
}
