package kz.qualify.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClauseRefTest {

    @ParameterizedTest
    @CsvSource({"3, 3, 0, 0, 3", "3.2, 3, 2, 0, 3.2", "3.2.a16, 3, 2, 16, 3.2", "3.a16, 3, 0, 16, 3"})
    void parsesItsOwnIds(String id, int item, int subitem, int paragraph, String clause) {
        var ref = ClauseRef.parse(id);
        assertThat(ref).isEqualTo(new ClauseRef(item, subitem, paragraph));
        assertThat(ref.id()).isEqualTo(id);
        assertThat(ref.clause()).isEqualTo(clause);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "3.", "3.2.16", "0.1", "3.x"})
    void rejectsWhatIsNotAClauseId(String id) {
        assertThatThrownBy(() -> ClauseRef.parse(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void citesTheWayARussianReaderDoes() {
        assertThat(ClauseRef.parse("3.2.a16").citation()).isEqualTo("п. 3 пп. 2) абз. 16");
    }
}
