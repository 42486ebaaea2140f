package kz.qualify.formats;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;

class Utf8JsonTest {

    // ---------------------------------------------------------------- valid input reads as Jackson reads it

    static Stream<String> validDocuments() {
        return Stream.of(
                "{}",
                "[]",
                "{\"a\":{}}",
                "[[],{},[[]],[{}]]",
                "\"\"",
                "0",
                "-0",
                "true",
                "false",
                "null",
                // nesting and field order
                "{\"b\":1,\"a\":[1,{\"c\":[null,true,false]}],\"d\":{\"e\":{\"f\":\"g\"}}}",
                "[[[[[[[[[[\"deep\"]]]]]]]]]]",
                // whitespace: the four kinds, everywhere they may go
                " \t\r\n{ \"a\" :\t1 ,\r\n\"b\"\n:\r[ 1 , 2 ] } \n\t ",
                "\n[\n]\n",
                "[1\r\n,2\r,3\n,4\t]",
                // escapes
                "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"]",
                "[\"\\u0000\\u001f\\u0020\\u007F\\u0080\\u00e9\\u00E9\\u0416\\uFFFD\\uffff\"]",
                "[\"\\uD83D\\uDE00\", \"\\ud83d\\ude00\", \"x\\uDBFF\\uDFFFy\", \"\\uD800\\uDC00\"]",
                "[\"a\\nb\", \"\\n\", \"\\\\\\\\\", \"\\\"\\\"\", \"\\u0022\"]",
                "{\"\\u0061pplicant\":1, \"na\\u006De\":\"\\u0410\"}",
                // letters of Russian and Kazakh, and what is beyond the BMP
                "{\"name\":\"ТОО «Қазақстан Энерго»\",\"город\":\"Өскемен\",\"letters\":\"ӘәҒғҚқҢңӨөҰұҮүҺһІі\"}",
                "[\"😀\", \"𝄞 music\", \"a😀b😀c\", \"\uD83C\uDDF0\uD83C\uDDFF\"]",
                "[\"é\", \"ÿ\", \"€\", \"\u07FF\", \"\u0800\", \"\uFFFD\", \"\uFFFF\", \"\uD7FF\", \"\uE000\", \"\uDBFF\uDFFF\"]",
                "[\"\u2028\u2029\", \"\u00A0\", \"\uFEFF inside\"]",
                // numbers of every shape, kept as written
                "[0, -0, 1, -1, 9, 10, 99, 100, 999, 1000, 2147483647, 2147483648, -2147483649]",
                "[9223372036854775807, 9223372036854775808, -9223372036854775809]",
                "[123456789012345678901234567890123456789012345678901234567890]",
                "[0.0, -0.0, 0.5, -0.5, 1.25, 100.000, 0.000001, 3.14159265358979323846264338327950288]",
                "[1e0, 1E0, 1e+0, 1e-0, 1E+5, 1e-5, -1.5e10, 0e0, 0.0e-0, 1e999999999, 1E-999999999, 123.456e789]",
                "[16180000.00, 43250000000.10, 0.700001]",
                "0.5",
                "-12e3",
                // strings of the lengths around a word, so the scan ends in every place of one
                "[\"\", \"a\", \"ab\", \"abcdefg\", \"abcdefgh\", \"abcdefghi\", \"abcdefghijklmno\", \"abcdefghijklmnop\"]",
                "[\"жжжж\", \"жжжжж\", \"жжжжжжжж\", \"ж1ж2ж3ж4\", \"1ж2ж3ж4ж5\"]",
                // names of the dossier format, and ones it does not use
                "{\"applicant\":{\"legalForm\":\"LEGAL_ENTITY\",\"bin\":\"990340001230\",\"name\":\"A\"},\"x\":1,\"\":2,"
                        + "\"Applicant\":3,\"applicants\":4,\"applican\":5,\"staff \":6,\" staff\":7}",
                "{\"refs\":1, \"re\":2, \"ref\":3, \"experienceMonth\":4, \"experienceMonths\":5, \"experienceMonthsX\":6}",
                // a string repeated (the cache) and strings alike but for one byte
                "[\"инженер\",\"инженер\",\"инженеr\",\"инженер\",\"row 1\",\"row 2\",\"row 1\",\"WORKER\",\"WORKER\"]",
                wide(200),
                manyFields(40),
                repeatedRows(300));
    }

    @ParameterizedTest
    @MethodSource("validDocuments")
    void readsEveryValidDocumentAsJacksonDoes(String json) {
        var bytes = json.getBytes(UTF_8);

        assertThat(CanonicalJson.of(Utf8Json.parse(bytes, 0, bytes.length))).isEqualTo(CanonicalJson.jackson(bytes));
    }

    @Test
    void everyNameOfTheFormatHasABitSoThatObjectsAreCheckedByMask() {
        for (var names : DossierReader.OBJECTS) {
            assertThat(Long.bitCount(Utf8Json.bits(names))).as("%s", names).isEqualTo(names.size());
        }
        var row = object("{\"ref\":\"r\",\"role\":\"WORKER\"}");
        assertThat(row.onlyNamesIn(Utf8Json.bits(DossierReader.STAFF))).isTrue();
        assertThat(row.onlyNamesIn(Utf8Json.bits(DossierReader.EDUCATION))).isFalse();
        var odd = object("{\"ref\":\"r\",\"x\":1}");
        assertThat(odd.onlyNamesIn(Utf8Json.bits(DossierReader.STAFF))).isFalse();
        var escaped = object("{\"r\\u0065f\":\"r\"}");
        assertThat(escaped.onlyNamesIn(Utf8Json.bits(DossierReader.STAFF))).isTrue();
    }

    private static Json.Obj object(String json) {
        var bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return (Json.Obj) java.util.Objects.requireNonNull(Utf8Json.parse(bytes, 0, bytes.length));
    }

    @Test
    void keepsNumbersAsWrittenAndMarksTheWholeOnes() {
        var array = (Json.Arr) parse("[0, -0, 12, 1.50, 1e5, -1E-5]");

        assertThat(array.items())
                .containsExactly(
                        new Json.Num("0", true),
                        new Json.Num("-0", true),
                        new Json.Num("12", true),
                        new Json.Num("1.50", false),
                        new Json.Num("1e5", false),
                        new Json.Num("-1E-5", false));
    }

    @Test
    void givesTheNamesOfTheDossierFormatAsTheReadersOwnLiterals() {
        var object = (Json.Obj) parse("{\"applicant\": 1, \"\\u0073taff\": 2, \"experienceMonths\": 3, \"other\": 4}");

        assertThat(object.name(0)).isSameAs("applicant");
        assertThat(object.name(1)).isSameAs("staff");
        assertThat(object.name(2)).isSameAs("experienceMonths");
        assertThat(object.get("other")).isEqualTo(new Json.Num("4", true));
        assertThat(object.get(new String("applicant".toCharArray()))).isEqualTo(new Json.Num("1", true));
        // near the end of the input, where the bytes are scanned one at a time
        assertThat(((Json.Obj) parse("{\"ref\":1}")).name(0)).isSameAs("ref");
        assertThat(((Json.Obj) parse("{\"role\"   :1}")).name(0)).isSameAs("role");
    }

    @Test
    void looksUpAnObjectOfManyFieldsByItsIndex() {
        var object = (Json.Obj) parse(manyFields(40));

        assertThat(object.size()).isEqualTo(40);
        for (int i = 0; i < 40; i++) assertThat(object.get("x" + i)).isEqualTo(new Json.Num(Integer.toString(i), true));
        assertThat(object.get("x40")).isNull();
    }

    @Test
    void readsOnlyTheGivenRangeOfTheArray() {
        var bytes = "xx[\"abc\"]\"yy".getBytes(UTF_8);

        assertThat(CanonicalJson.of(Utf8Json.parse(bytes, 2, 7))).isEqualTo("[\"abc\"]");
        // the closing quote lies past the range: the string does not end
        assertThatThrownBy(() -> Utf8Json.parse(bytes, 2, 5))
                .isInstanceOf(Utf8Json.Malformed.class)
                .hasMessage("a string with no closing quote");
        assertThatThrownBy(() -> Utf8Json.parse(bytes, 9, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void findsTheEndOfAStringWhereverItFallsInAWord() {
        // every length, at every alignment, ending inside the input and at its very end
        for (int shift = 0; shift < 9; shift++) {
            for (int length = 0; length < 40; length++) {
                for (var tail : new String[] {"", "]"}) {
                    var text = "ab\u0436cdefghijklmnopqrstuvwxyz0123456789ABCDEFG".substring(0, length);
                    var json = " ".repeat(shift) + (tail.isEmpty() ? "" : "[") + "\"" + text + "\"" + tail;
                    var bytes = json.getBytes(UTF_8);
                    assertThat(CanonicalJson.of(Utf8Json.parse(bytes, 0, bytes.length)))
                            .as(json)
                            .isEqualTo(CanonicalJson.jackson(bytes));
                    for (var stop : new String[] {"\\n", "\\\"", "\\\\", "\\u0001"}) {
                        var escaped = " ".repeat(shift) + "\"" + text + stop + text + "\"";
                        var escapedBytes = escaped.getBytes(UTF_8);
                        assertThat(CanonicalJson.of(Utf8Json.parse(escapedBytes, 0, escapedBytes.length)))
                                .as(escaped)
                                .isEqualTo(CanonicalJson.jackson(escapedBytes));
                    }
                }
            }
        }
    }

    @Test
    void skipsAByteOrderMarkAtTheStartOnly() {
        assertThat(CanonicalJson.of(parse(bytes(0xEF, 0xBB, 0xBF, "{\"a\":1}"))))
                .isEqualTo("{\"a\":int:1}");
        assertThat(parse(bytes(0xEF, 0xBB, 0xBF, " \n"))).isNull();
        assertThatThrownBy(() -> parse(bytes(" ", 0xEF, 0xBB, 0xBF, "{}")))
                .hasMessage("unexpected character '\uFEFF' (U+FEFF), expected a value");
        assertThatThrownBy(() -> parse(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, "{}")))
                .hasMessage("unexpected character '\uFEFF' (U+FEFF), expected a value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", " \t\r\n "})
    void readsNothingFromNothing(String json) {
        assertThat(parse(json)).isNull();
    }

    // ---------------------------------------------------------------- invalid input, with its reason

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                // structure
                refused("{\"a\":1,}", "a trailing comma before '}'"),
                refused("[1,]", "a trailing comma before ']'"),
                refused("[1 2]", "unexpected character '2', expected ',' or ']'"),
                refused("[1}", "unexpected character '}', expected ',' or ']'"),
                refused("{\"a\":1]", "unexpected character ']', expected ',' or '}'"),
                refused("{\"a\" 1}", "unexpected character '1', expected ':' after the field name"),
                refused("{\"a\":1 \"b\":2}", "unexpected character '\"', expected ',' or '}'"),
                refused("{,}", "unexpected character ',', expected a field name or '}'"),
                refused("{\"a\":1,,\"b\":2}", "unexpected character ',', expected a field name"),
                refused("[,1]", "unexpected character ',', expected a value"),
                refused("[1,,2]", "unexpected character ',', expected a value"),
                refused("]", "unexpected character ']', expected a value"),
                refused("{1:2}", "unexpected character '1', expected a field name or '}'"),
                refused("{a:1}", "unrecognised word 'a', expected a field name or '}'"),
                refused("{'a':1}", "unexpected character \"'\", expected a field name or '}'"),
                refused("['a']", "unexpected character \"'\", expected a value"),
                // the end comes too soon
                refused("[", "unexpected end of input, expected a value"),
                refused("{", "unexpected end of input, expected a field name or '}'"),
                refused("{\"a\"", "unexpected end of input, expected ':' after the field name"),
                refused("{\"a\":", "unexpected end of input, expected a value"),
                refused("{\"a\":1", "unexpected end of input, expected ',' or '}'"),
                refused("[1,", "unexpected end of input, expected a value"),
                refused("[\"abc", "a string with no closing quote"),
                refused("[\"abc\\", "a string with no closing quote"),
                refused("[\"abc\\\"]", "a string with no closing quote"),
                refused("{\"ab", "a string with no closing quote"),
                // one document only
                refused("{}{}", "unexpected character '{' after the dossier: one document only"),
                refused("{\"a\":1}}", "unexpected character '}' after the dossier: one document only"),
                refused("{} x", "unrecognised word 'x' after the dossier: one document only"),
                refused("1 2", "unexpected character '2' after the dossier: one document only"),
                refused("[1]\u0000", "unexpected character U+0000 after the dossier: one document only"),
                refused("[]\u00A0", "unexpected character '\u00A0' (U+00A0) after the dossier: one document only"),
                refused("{} // a comment", "unexpected character '/' after the dossier: one document only"),
                // not JSON, though some readers take it
                refused("/* a comment */ {}", "unexpected character '/', expected a value"),
                refused("// a comment\n{}", "unexpected character '/', expected a value"),
                refused("[NaN]", "unrecognised word 'NaN', expected a value"),
                refused("[Infinity]", "unrecognised word 'Infinity', expected a value"),
                refused("[-Infinity]", "expected a digit after '-'"),
                refused("[tru]", "unrecognised word 'tru', expected a value"),
                refused("[True]", "unrecognised word 'True', expected a value"),
                refused("[nul]", "unrecognised word 'nul', expected a value"),
                refused("[undefined]", "unrecognised word 'undefined', expected a value"),
                refused("[1,\u000B2]", "unexpected character U+000B, expected a value"),
                refused("[1,\f2]", "unexpected character U+000C, expected a value"),
                refused("[1,\u00A02]", "unexpected character '\u00A0' (U+00A0), expected a value"),
                refused("[1,\u20282]", "unexpected character '\u2028' (U+2028), expected a value"),
                // numbers
                refused("[01]", "a number must not start with a leading zero"),
                refused("[-01]", "a number must not start with a leading zero"),
                refused("[00]", "a number must not start with a leading zero"),
                refused("[+1]", "unexpected character '+', expected a value"),
                refused("[.5]", "unexpected character '.', expected a value"),
                refused("[1.]", "expected a digit after the decimal point"),
                refused("[1.e5]", "expected a digit after the decimal point"),
                refused("[1e]", "expected a digit in the exponent"),
                refused("[1e+]", "expected a digit in the exponent"),
                refused("[1E-x]", "expected a digit in the exponent"),
                refused("[-]", "expected a digit after '-'"),
                refused("-", "expected a digit after '-'"),
                refused("[--1]", "expected a digit after '-'"),
                refused("[0x10]", "unrecognised word 'x10', expected ',' or ']'"),
                refused("[1.5.5]", "unexpected character '.', expected ',' or ']'"),
                refused("[1e5e5]", "unrecognised word 'e5', expected ',' or ']'"),
                refused("[" + "9".repeat(1001) + "]", "a number longer than 1000 characters"),
                // strings
                refused("[\"a\tb\"]", "an unescaped control character U+0009 in a string"),
                refused("[\"a\nb\"]", "an unescaped control character U+000A in a string"),
                refused("[\"\u0000\"]", "an unescaped control character U+0000 in a string"),
                refused("[\"a\\n\u001F\"]", "an unescaped control character U+001F in a string"),
                refused("{\"a\u0001\":1}", "an unescaped control character U+0001 in a string"),
                refused("[\"\\x\"]", "an invalid escape '\\x' in a string"),
                refused("[\"\\'\"]", "an invalid escape '\\'' in a string"),
                refused("[\"\\U0041\"]", "an invalid escape '\\U' in a string"),
                refused("[\"\\\u0416\"]", "an invalid escape \\ followed by '\u0416' (U+0416) in a string"),
                refused("[\"\\u12\"]", "an invalid \\u escape: expected four hexadecimal digits"),
                refused("[\"\\u12G4\"]", "an invalid \\u escape: expected four hexadecimal digits"),
                refused("[\"\\u-123\"]", "an invalid \\u escape: expected four hexadecimal digits"),
                refused("[\"\\u", "an invalid \\u escape: expected four hexadecimal digits"),
                // duplicate names, known to the dossier format or not, escaped or not, few or many
                refused("{\"a\":1,\"a\":2}", "duplicate field \"a\""),
                refused("{\"applicant\":1,\"applicant\":2}", "duplicate field \"applicant\""),
                refused("{\"a\":1,\"\\u0061\":2}", "duplicate field \"a\""),
                refused("{\"applicant\":1,\"\\u0061pplicant\":2}", "duplicate field \"applicant\""),
                refused("{\"\":1,\"\":2}", "duplicate field \"\""),
                refused("{\"Қ\":1,\"\\u049a\":2}", "duplicate field \"Қ\""),
                refused(manyFields(40).replace("}", ",\"x7\":0}"), "duplicate field \"x7\""),
                refused(manyFields(40).replace("}", ",\"ref\":0,\"ref\":1}"), "duplicate field \"ref\""),
                refused(manyFields(15).replace("}", ",\"x0\":0}"), "duplicate field \"x0\""),
                refused(manyFields(16).replace("}", ",\"x15\":0}"), "duplicate field \"x15\""));
    }

    private static Arguments refused(String json, String message) {
        return Arguments.of(json, message);
    }

    @ParameterizedTest
    @MethodSource("invalidDocuments")
    void refusesEveryInvalidDocumentSayingWhy(String json, String message) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(Utf8Json.Malformed.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @MethodSource("invalidDocuments")
    void refusesWhatJacksonRefusesToo(String json, String message) {
        assertThatThrownBy(() -> CanonicalJson.jackson(json.getBytes(UTF_8))).isInstanceOf(JacksonException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[\"\\uD800\"]",
                "[\"\\uDFFF\"]",
                "[\"\\uDC00\\uD800\"]",
                "[\"\\uD800\\u0041\"]",
                "[\"\\uD800x\"]",
                "[\"\\uD83D\\uD83D\"]",
                "[\"\\uD83D\\n\"]",
                "{\"\\uD800\":1}"
            })
    void refusesAnEscapedLoneSurrogateWhichJacksonTakes(String json) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(Utf8Json.Malformed.class)
                .hasMessageStartingWith("a lone surrogate \\uD")
                .hasMessageContaining(" in a string");
    }

    // ---------------------------------------------------------------- where it went wrong

    static Stream<Arguments> locatedErrors() {
        return Stream.of(
                located("{\n  \"applicant\": {\"name\": }\n}", 2, 25, "$.applicant.name", "unexpected character '}'"),
                located(
                        "{\"staff\":[{\"role\":\"A\"},{\"role\":\"B\",\"role\":\"C\"}]}",
                        1,
                        36,
                        "$.staff[1].role",
                        "duplicate field \"role\""),
                located("[\r\n1,\r\n2,\r\nx]", 4, 1, "$[2]", "unrecognised word 'x'"),
                located("[\r1,\r2,\rx]", 4, 1, "$[2]", "unrecognised word 'x'"),
                located("{\"имя\": \"Қазақстан\" x}", 1, 21, "$.имя", "unrecognised word 'x', expected ',' or '}'"),
                located("[\"😀\", \"𝄞\", x]", 1, 12, "$[2]", "unrecognised word 'x'"),
                located("[1, 2,]", 1, 7, "$[2]", "a trailing comma before ']'"),
                located("{\"a\": 1,}", 1, 9, "$", "a trailing comma before '}'"),
                located("{\"a\": [1, {\"b\": \"c\\q\"}]}", 1, 19, "$.a[1].b", "an invalid escape '\\q'"),
                located("{\"a\": {\"b\": [1, 2, 3e]}}", 1, 22, "$.a.b[2]", "expected a digit in the exponent"),
                located("{\"odd name\": [tru]}", 1, 15, "$['odd name'][0]", "unrecognised word 'tru'"),
                located("{\"a\": \"unterminated}", 1, 7, "$.a", "a string with no closing quote"),
                located("{\"a\": 1, \"b", 1, 10, "$", "a string with no closing quote"),
                located("{\"a\": 1}\n\n  {}", 3, 3, "$", "after the dossier: one document only"),
                located("\n\n[", 3, 2, "$[0]", "unexpected end of input, expected a value"));
    }

    private static Arguments located(String json, int line, int column, String path, String message) {
        return Arguments.of(json, line, column, path, message);
    }

    @ParameterizedTest
    @MethodSource("locatedErrors")
    void saysTheLineTheColumnInCharactersAndThePath(String json, int line, int column, String path, String message) {
        assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(Utf8Json.Malformed.class, e -> {
            assertThat(e.getMessage()).contains(message);
            assertThat(e.line()).as("line").isEqualTo(line);
            assertThat(e.column()).as("column").isEqualTo(column);
            assertThat(e.path()).as("path").isEqualTo(path);
        });
    }

    // ---------------------------------------------------------------- UTF-8

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                utf8("80", "invalid UTF-8 byte 0x80 (a continuation byte with no lead byte)"),
                utf8("BF", "invalid UTF-8 byte 0xBF (a continuation byte with no lead byte)"),
                utf8("C0 80", "invalid UTF-8 byte 0xC0 (an overlong encoding)"),
                utf8("C0 AF", "invalid UTF-8 byte 0xC0 (an overlong encoding)"),
                utf8("C1 BF", "invalid UTF-8 byte 0xC1 (an overlong encoding)"),
                utf8("C2", "invalid UTF-8 byte 0xC2 (a truncated sequence)"),
                utf8("C3 41", "invalid UTF-8 byte 0xC3 (a truncated sequence)"),
                utf8("C3 C3 A9", "invalid UTF-8 byte 0xC3 (a truncated sequence)"),
                utf8("D0", "invalid UTF-8 byte 0xD0 (a truncated sequence)"),
                utf8("E0 80 80", "invalid UTF-8 byte 0xE0 (an overlong encoding)"),
                utf8("E0 9F BF", "invalid UTF-8 byte 0xE0 (an overlong encoding)"),
                utf8("E1 80", "invalid UTF-8 byte 0xE1 (a truncated sequence)"),
                utf8("E1 41 80", "invalid UTF-8 byte 0xE1 (a truncated sequence)"),
                utf8("E2 82 41", "invalid UTF-8 byte 0xE2 (a truncated sequence)"),
                utf8("ED A0 80", "invalid UTF-8 byte 0xED (an encoded surrogate)"),
                utf8("ED BF BF", "invalid UTF-8 byte 0xED (an encoded surrogate)"),
                utf8("ED A0 BD ED B8 80", "invalid UTF-8 byte 0xED (an encoded surrogate)"),
                utf8("F0 80 80 80", "invalid UTF-8 byte 0xF0 (an overlong encoding)"),
                utf8("F0 8F BF BF", "invalid UTF-8 byte 0xF0 (an overlong encoding)"),
                utf8("F0 9F 98", "invalid UTF-8 byte 0xF0 (a truncated sequence)"),
                utf8("F0 9F 98 41", "invalid UTF-8 byte 0xF0 (a truncated sequence)"),
                utf8("F0 9F", "invalid UTF-8 byte 0xF0 (a truncated sequence)"),
                utf8("F4 90 80 80", "invalid UTF-8 byte 0xF4 (beyond U+10FFFF)"),
                utf8("F5 80 80 80", "invalid UTF-8 byte 0xF5 (never used in UTF-8)"),
                utf8("F7 BF BF BF", "invalid UTF-8 byte 0xF7 (never used in UTF-8)"),
                utf8("F8 88 80 80 80", "invalid UTF-8 byte 0xF8 (never used in UTF-8)"),
                utf8("FC 84 80 80 80 80", "invalid UTF-8 byte 0xFC (never used in UTF-8)"),
                utf8("FE", "invalid UTF-8 byte 0xFE (never used in UTF-8)"),
                utf8("FF", "invalid UTF-8 byte 0xFF (never used in UTF-8)"));
    }

    private static Arguments utf8(String hex, String message) {
        return Arguments.of(hex, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void refusesInvalidUtf8InAString(String hex, String message) {
        // after ASCII and after Cyrillic (the two ways a string is decoded), short and long
        for (var before : new String[] {"", "ab", "жж", "abcdefghijklmnopqrstuvwxyz", "Специалист 1"}) {
            var json = bytes("{\"a\": [\"" + before, HexFormat.ofDelimiter(" ").parseHex(hex), "\"]}");
            assertThatThrownBy(() -> parse(json)).as(before).isInstanceOfSatisfying(Utf8Json.Malformed.class, e -> {
                assertThat(e.getMessage()).isEqualTo(message);
                assertThat(e.path()).isEqualTo("$.a[0]");
                assertThat(e.line()).isEqualTo(1);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void refusesInvalidUtf8InANameAndBetweenValues(String hex, String message) {
        var bad = HexFormat.ofDelimiter(" ").parseHex(hex);

        assertThatThrownBy(() -> parse(bytes("{\"na", bad, "me\": 1}"))).hasMessage(message);
        assertThatThrownBy(() -> parse(bytes("[1, ", bad, "]"))).hasMessage(message);
        assertThatThrownBy(() -> parse(bytes("[1] ", bad))).hasMessage(message);
    }

    @Test
    void saysWhichCharacterHoldsTheBadByte() {
        assertThatThrownBy(() -> parse(bytes("{\"a\":\"ab", 0xC3, "(cd\"}")))
                .isInstanceOfSatisfying(Utf8Json.Malformed.class, e -> {
                    assertThat(e.column()).isEqualTo(9);
                    assertThat(e.path()).isEqualTo("$.a");
                });
        assertThatThrownBy(() -> parse(bytes("[\"жж", 0xED, 0xA0, 0x80, "\"]")))
                .isInstanceOfSatisfying(
                        Utf8Json.Malformed.class, e -> assertThat(e.column()).isEqualTo(5));
        assertThatThrownBy(() -> parse(bytes("[\"A", 0x80, "A\"]")))
                .isInstanceOfSatisfying(Utf8Json.Malformed.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("invalid UTF-8 byte 0x80 (a continuation byte with no lead byte)");
                    assertThat(e.column()).isEqualTo(4);
                });
        assertThatThrownBy(() -> parse(bytes("[\"", 0xC3, 0xA9, 0xA9, "\"]")))
                .isInstanceOfSatisfying(Utf8Json.Malformed.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("invalid UTF-8 byte 0xA9 (a continuation byte with no lead byte)");
                    assertThat(e.column()).isEqualTo(4);
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "C2 80", // U+0080, the first of two bytes
                "DF BF", // U+07FF, the last
                "E0 A0 80", // U+0800
                "ED 9F BF", // U+D7FF, below the surrogates
                "EE 80 80", // U+E000, above them
                "EF BF BD", // U+FFFD, written as such
                "EF BF BF", // U+FFFF
                "F0 90 80 80", // U+10000
                "F4 8F BF BF", // U+10FFFF, the last
                "EF BB BF" // U+FEFF inside a string is text, not a byte order mark
            })
    void acceptsEveryBoundaryOfWellFormedUtf8(String hex) {
        var bytes = HexFormat.ofDelimiter(" ").parseHex(hex);
        var expected = new String(bytes, UTF_8);

        var json = (Json.Arr) parse(bytes("[\"", bytes, "\", \"x", bytes, "y\", {\"", bytes, "\": 1}]"));

        assertThat(json.get(0)).isEqualTo(new Json.Str(expected));
        assertThat(json.get(1)).isEqualTo(new Json.Str("x" + expected + "y"));
        assertThat(((Json.Obj) json.get(2)).name(0)).isEqualTo(expected);
    }

    @Test
    void keepsAReplacementCharacterThatWasWritten() {
        var json = (Json.Arr) parse("[\"\uFFFD\", \"a\uFFFDb\", \"\\uFFFD\"]");

        assertThat(json.items()).containsOnly(new Json.Str("\uFFFD"), new Json.Str("a\uFFFDb"));
    }

    // ---------------------------------------------------------------- limits

    @Test
    void refusesDeepNestingWithAnErrorNotAStackOverflow() {
        var json = "[".repeat(100_000);

        assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(Utf8Json.Malformed.class, e -> {
            assertThat(e.getMessage()).isEqualTo("nesting deeper than 1000 levels");
            assertThat(e.column()).isEqualTo(1001);
            assertThat(e.path()).isEqualTo("$" + "[0]".repeat(1000));
        });
        assertThatThrownBy(() -> parse("{\"a\":".repeat(100_000))).hasMessage("nesting deeper than 1000 levels");
    }

    @Test
    void readsNestingUpToTheLimit() {
        var arrays = "[".repeat(Utf8Json.MAX_DEPTH) + "]".repeat(Utf8Json.MAX_DEPTH);
        var objects = "{\"a\":".repeat(Utf8Json.MAX_DEPTH - 1) + "{}" + "}".repeat(Utf8Json.MAX_DEPTH - 1);

        assertThat(CanonicalJson.of(parse(arrays))).isEqualTo(arrays);
        assertThat(CanonicalJson.of(parse(objects))).isEqualTo(objects);
        assertThatThrownBy(() -> parse("[" + arrays + "]")).hasMessage("nesting deeper than 1000 levels");
    }

    @Test
    void readsANumberUpToTheLimit() {
        var longest = "-0." + "1".repeat(Utf8Json.MAX_NUMBER_LENGTH - 3);

        assertThat(parse(longest)).isEqualTo(new Json.Num(longest, false));
        assertThatThrownBy(() -> parse(longest + "1")).hasMessage("a number longer than 1000 characters");
    }

    // ---------------------------------------------------------------- helpers

    static Json parse(String json) {
        return parse(json.getBytes(UTF_8));
    }

    static Json parse(byte[] json) {
        return Utf8Json.parse(json, 0, json.length);
    }

    /** Strings as UTF-8, ints as bytes, byte arrays as they are, one after the other. */
    static byte[] bytes(Object... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            switch (part) {
                case String s -> out.writeBytes(s.getBytes(UTF_8));
                case Integer b -> out.write(b);
                case byte[] b -> out.writeBytes(b);
                default -> throw new IllegalArgumentException(part.toString());
            }
        }
        return out.toByteArray();
    }

    /** An array of objects, more than the reader's first scratch arrays hold. */
    static String wide(int n) {
        var sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(',');
            sb.append("{\"ref\":\"row ")
                    .append(i)
                    .append("\",\"staff\":[")
                    .append(i)
                    .append(",[")
                    .append(i % 7)
                    .append("]],\"x\":{\"y\":\"")
                    .append("ж".repeat(i % 11))
                    .append("\"}}");
        }
        return sb.append(']').toString();
    }

    static String manyFields(int n) {
        var sb = new StringBuilder("{");
        for (int i = 0; i < n; i++)
            sb.append(i > 0 ? "," : "").append("\"x").append(i).append("\":").append(i);
        return sb.append('}').toString();
    }

    /** Staff rows as a batch has them: the same few strings again and again, and some unique. */
    static String repeatedRows(int n) {
        var sb = new StringBuilder("{\"staff\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(',');
            sb.append("{\"ref\":\"row ")
                    .append(i)
                    .append("\",\"fullName\":\"Специалист ")
                    .append(i)
                    .append("\",\"position\":\"")
                    .append(i % 3 == 0 ? "инженер-электрик" : i % 3 == 1 ? "электромонтер" : "инженер-электрик ")
                    .append("\",\"role\":\"")
                    .append(i % 2 == 0 ? "SPECIALIST" : "WORKER")
                    .append("\",\"experienceMonths\":")
                    .append(i * 7 % 1200)
                    .append(",\"education\":{\"level\":\"HIGHER\",\"specialty\":\"Электроснабжение\"}}");
        }
        return sb.append("]}").toString();
    }
}
