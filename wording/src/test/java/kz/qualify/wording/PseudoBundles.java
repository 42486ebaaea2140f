package kz.qualify.wording;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.Part;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The pseudo-locale {@code en-XA}: every English sentence with its letters accented and bracketed
 * ("⟦ńó śţáƒƒ⟧"), its arguments and plural syntax untouched, and formats of its own (a decimal comma,
 * dd/MM/yyyy). A test language only: it shows that a language is data, and that no sentence is left
 * in English by code that bypasses the bundles.
 */
final class PseudoBundles {

    static final Language PSEUDO = Language.of("en-XA");

    private static final String PLAIN = "aceinosuyACEINOSUY";
    private static final String ACCENTED = "áçéíñóšúýÁÇÉÍÑÓŠÚÝ";

    private static final Map<String, String> FORMATS = Map.of(
            "format.decimalSign", ",",
            "format.date", "dd/MM/yyyy",
            "format.clause", "id",
            "format.term", "⟦{name}⟧");

    private PseudoBundles() {}

    /** The pseudo bundle of an English one, as the text of a properties file. */
    static String of(Path english) throws IOException {
        var source = new LinkedHashMap<String, String>();
        var p = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                source.put((String) key, (String) value);
                return super.put(key, value);
            }
        };
        p.load(new StringReader(Files.readString(english, StandardCharsets.UTF_8)));
        var out = new StringBuilder("# Generated from " + english.getFileName()
                + " by PseudoBundles (PseudoLocaleTest regenerates it with -Dqualify.regenerate=true).\n");
        for (var e : source.entrySet()) {
            var value = FORMATS.getOrDefault(e.getKey(), null);
            if (value == null) value = pseudo(e.getValue());
            out.append(e.getKey()).append('=').append(escape(value)).append('\n');
        }
        return out.toString();
    }

    /** Accents the literal text of a pattern, leaving its syntax alone, and brackets the whole. */
    static String pseudo(String pattern) {
        var mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(pattern);
        var chars = pattern.toCharArray();
        for (int i = 0; i + 1 < mp.countParts(); i++) {
            var prev = mp.getPart(i);
            var next = mp.getPart(i + 1);
            if (opensText(prev.getType()) && closesText(next.getType())) {
                for (int c = prev.getLimit(); c < next.getIndex(); c++) {
                    int k = PLAIN.indexOf(chars[c]);
                    if (k >= 0) chars[c] = ACCENTED.charAt(k);
                }
            }
        }
        return "⟦" + new String(chars) + "⟧";
    }

    private static boolean opensText(Part.Type t) {
        return t == Part.Type.MSG_START
                || t == Part.Type.ARG_LIMIT
                || t == Part.Type.SKIP_SYNTAX
                || t == Part.Type.INSERT_CHAR
                || t == Part.Type.REPLACE_NUMBER;
    }

    private static boolean closesText(Part.Type t) {
        return t == Part.Type.MSG_LIMIT
                || t == Part.Type.ARG_START
                || t == Part.Type.SKIP_SYNTAX
                || t == Part.Type.INSERT_CHAR
                || t == Part.Type.REPLACE_NUMBER;
    }

    private static String escape(String value) {
        var sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' && (i == 0 || i == value.length() - 1)) sb.append("\\u0020");
            else if (c == '\\') sb.append("\\\\");
            else if (c == '\n') sb.append("\\n");
            else sb.append(c);
        }
        return sb.toString();
    }
}
