package kz.qualify.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{1} for {0}: {2}")
    @CsvSource(delimiter = '|', nullValues = "OK", textBlock = """
            officer-1 | abcdefghijk                 | api.password.tooShort
            officer-1 | abcdefghijkl                | OK
            officer-1 | ""                          | api.password.tooShort
            officer-1 | пароль-длинн                | OK
            officer-1 | пароль-длин                 | api.password.tooShort
            applicant-12345 | applicant-12345       | api.password.isUsername
            applicant-12345 | APPLICANT-12345       | api.password.isUsername
            applicant-12345 | applicant-123456      | OK
            """)
    void aPasswordNeedsTwelveCharactersAndIsNotTheUsername(String username, String candidate, String expected) {
        var problem = PasswordPolicy.problem(username, candidate);
        if (expected == null) assertThat(problem).isNull();
        else assertThat(problem.key()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} × ''{1}''")
    @CsvSource({"72, a, true", "73, a, false", "36, ж, true", "37, ж, false"})
    void aPasswordIsAtMost72BytesBecauseBcryptReadsNoFurther(int repeat, String letter, boolean accepted) {
        var problem = PasswordPolicy.problem("someone", letter.repeat(repeat));
        if (accepted) assertThat(problem).isNull();
        else assertThat(problem.key()).isEqualTo("api.password.tooLong");
    }
}
