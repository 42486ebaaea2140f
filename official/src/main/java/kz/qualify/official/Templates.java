package kz.qualify.official;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The documents' templates: one XHTML file per document and language under {@code templates/},
 * filled by JMustache (logic-less: the templates hold every word, the Java side only hands over
 * facts). Partials are looked up for the template's language first ({@code {{> verification}}} in a
 * Russian template reads {@code verification.ru.xhtml}), then shared ({@code {{> authority}}} reads
 * {@code authority.xhtml}, {@code {{> style}}} reads {@code style.css}).
 * Everything is read and compiled once, when the engine is made; compiled templates are
 * thread-safe.
 */
final class Templates {

    private static final String FOLDER = "templates/";

    private final Map<Language, Map<OfficialDocument.Kind, Template>> templates = new EnumMap<>(Language.class);
    private final Map<Language, Words> words = new EnumMap<>(Language.class);

    Templates() {
        for (Language language : Language.values()) {
            Mustache.Compiler compiler =
                    Mustache.compiler().strictSections(true).withLoader(name -> partial(name, language));
            Map<OfficialDocument.Kind, Template> byKind = new EnumMap<>(OfficialDocument.Kind.class);
            for (OfficialDocument.Kind kind : OfficialDocument.Kind.values()) {
                String name = kind.stem() + "." + language.tag() + ".xhtml";
                try (Reader reader = reader(name)) {
                    byKind.put(kind, compiler.compile(reader));
                } catch (IOException e) {
                    throw new UncheckedIOException("template " + name + " cannot be read", e);
                }
            }
            templates.put(language, byKind);
            words.put(language, Words.read(language, properties("words." + language.tag() + ".properties")));
        }
    }

    /** The document's XHTML: its template filled with the facts. */
    String fill(OfficialDocument.Kind kind, Language language, Map<String, Object> facts) {
        return templates.get(language).get(kind).execute(facts);
    }

    Words words(Language language) {
        return words.get(language);
    }

    private static Reader partial(String name, Language language) {
        for (String candidate : new String[] {name + "." + language.tag() + ".xhtml", name + ".xhtml", name + ".css"}) {
            if (Templates.class.getResource(FOLDER + candidate) != null) {
                return reader(candidate);
            }
        }
        throw new IllegalStateException("template partial '" + name + "' has no file " + name + "." + language.tag()
                + ".xhtml, " + name + ".xhtml or " + name + ".css under " + FOLDER);
    }

    private static Reader reader(String name) {
        InputStream in = Templates.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("template " + FOLDER + name + " is missing from the module's resources");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Properties properties(String name) {
        Properties properties = new Properties();
        try (Reader reader = reader(name)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("template " + name + " cannot be read", e);
        }
        return properties;
    }
}
