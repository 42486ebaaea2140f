package kz.qualify.official;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The embedded fonts have a glyph for every letter the documents print. */
class FontCoverageTest {

    static final String KAZAKH_LETTERS = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";
    static final String PUNCTUATION = "№«»—–…°²·‰%₸";

    static TrueTypeFont font(Typesetter.Face face) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(face.read()));
    }

    /** Every character of the templates, of both cases of the Kazakh alphabet (which holds the Russian one). */
    static String printed() throws IOException {
        StringBuilder text =
                new StringBuilder(KAZAKH_LETTERS).append(KAZAKH_LETTERS.toLowerCase(java.util.Locale.ROOT));
        text.append(PUNCTUATION).append("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
        for (OfficialDocument.Kind kind : OfficialDocument.Kind.values()) {
            for (Language language : Language.values()) {
                text.append(template(kind.stem() + "." + language.tag() + ".xhtml"));
            }
        }
        for (Language language : Language.values()) {
            text.append(template("verification." + language.tag() + ".xhtml"));
            text.append(template("development." + language.tag() + ".xhtml"));
        }
        return text.toString();
    }

    private static String template(String name) throws IOException {
        try (InputStream in = Templates.class.getResourceAsStream("templates/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Typesetter.Face.class,
            names = {"SERIF_REGULAR", "SERIF_BOLD", "SERIF_ITALIC"})
    void ptSerifHasEveryLetterOfTheTemplatesAndOfKazakhAndRussian(Typesetter.Face face) throws IOException {
        TrueTypeFont font = font(face);
        TrueTypeFont fallback = font(Typesetter.Face.FALLBACK);
        List<String> missing = new ArrayList<>();
        new TreeSet<>(printed().codePoints().boxed().toList()).forEach(c -> {
            if (Character.isWhitespace(c)) {
                return;
            }
            try {
                boolean own = font.getUnicodeCmapLookup().getGlyphId(c) != 0;
                // The tenge sign is the one character PT Serif lacks; DejaVu Serif prints it.
                boolean covered =
                        own || (c == '₸' && fallback.getUnicodeCmapLookup().getGlyphId(c) != 0);
                if (!covered) {
                    missing.add("U+%04X %s".formatted(c, Character.toString(c)));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Typesetter.Face.class,
            names = {"MONO"})
    void ptMonoHasTheDigitsOfAHash(Typesetter.Face face) throws IOException {
        TrueTypeFont font = font(face);
        for (char c : "0123456789abcdef".toCharArray()) {
            assertThat(font.getUnicodeCmapLookup().getGlyphId(c)).as("%s", c).isNotZero();
        }
    }
}
