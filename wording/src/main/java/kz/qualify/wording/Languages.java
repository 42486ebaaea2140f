package kz.qualify.wording;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The languages the product speaks, as the data says: every {@code kz/qualify/wording/languages.properties}
 * on the class path lists some ({@code languages=en ru kk}), and exactly one names the reference
 * language ({@code reference=en}), the one the findings are first written in. Adding a language is
 * adding its tag there and its bundles beside the others; no code changes.
 */
public final class Languages {

    static final String INDEX = "kz/qualify/wording/languages.properties";

    private static volatile Languages standard;

    private final List<Language> all;
    private final Language reference;

    public Languages(List<Language> all, Language reference) {
        if (!all.contains(reference))
            throw new IllegalArgumentException("the reference " + reference + " is not listed");
        this.all = List.copyOf(new LinkedHashSet<>(all));
        this.reference = reference;
    }

    /** The languages listed on the class path. */
    public static Languages standard() {
        var l = standard;
        if (l == null) {
            synchronized (Languages.class) {
                l = standard;
                if (l == null) standard = l = load(Languages.class.getClassLoader());
            }
        }
        return l;
    }

    static Languages load(ClassLoader loader) {
        Language reference = null;
        var first = new ArrayList<Language>();
        var others = new ArrayList<Language>();
        try {
            for (var url : Collections.list(loader.getResources(INDEX))) {
                var p = new Properties();
                try (var in = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                var listed = new ArrayList<Language>();
                for (var tag : p.getProperty("languages", "").trim().split("\\s+")) {
                    if (!tag.isEmpty()) listed.add(Language.of(tag));
                }
                var ref = p.getProperty("reference");
                if (ref != null) {
                    if (reference != null) throw new IllegalStateException(url + ": a second reference language");
                    reference = Language.of(ref.trim());
                    first.addAll(listed);
                } else {
                    others.addAll(listed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (reference == null) throw new IllegalStateException("no " + INDEX + " names the reference language");
        first.addAll(others);
        return new Languages(first, reference);
    }

    /** Every language, the reference first. */
    public List<Language> all() {
        return all;
    }

    /** The language the findings are first written in (English): the one every other bundle is checked against. */
    public Language reference() {
        return reference;
    }

    /** The language of a tag, exactly or by its primary language ({@code kk-KZ} is {@code kk}). */
    public Optional<Language> find(String tag) {
        var t = tag.strip();
        for (var l : all) if (l.tag().equalsIgnoreCase(t)) return Optional.of(l);
        int dash = t.indexOf('-');
        return dash > 0 ? find(t.substring(0, dash)) : Optional.empty();
    }

    /**
     * The language an {@code Accept-Language} header prefers among ours (RFC 4647 lookup: weights
     * first, then {@code kk-KZ} falls back to {@code kk}); empty when it names none of ours or cannot
     * be read.
     */
    public Optional<Language> negotiate(String acceptLanguage) {
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        var tags = all.stream().map(Language::tag).toList();
        var best = Locale.lookupTag(ranges, tags);
        return best == null ? Optional.empty() : find(best);
    }

    @Override
    public String toString() {
        return all.toString();
    }
}
