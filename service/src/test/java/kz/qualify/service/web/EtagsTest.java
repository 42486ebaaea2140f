package kz.qualify.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class EtagsTest {

    @Test
    void theEtagIsTheQuotedVersion() {
        assertThat(Etags.of(3)).isEqualTo("\"3\"");
        assertThat(Etags.required("\"3\"")).isEqualTo(3);
        assertThat(Etags.required("W/\"4\"")).isEqualTo(4);
        assertThat(Etags.optional(null)).isEqualTo(-1);
    }

    @Test
    void aMissingIfMatchIs428AndAForeignOneIs412() {
        assertThatThrownBy(() -> Etags.required(null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> Etags.required("\"abc\""))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED));
    }
}
