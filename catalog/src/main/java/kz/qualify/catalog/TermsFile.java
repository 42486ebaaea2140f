package kz.qualify.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qualify.procedure.Citation;
import kz.qualify.procedure.Consequence;
import kz.qualify.procedure.StatutoryTerm;
import kz.qualify.procedure.StatutoryTerms;
import kz.qualify.procedure.TermLength;
import kz.qualify.procedure.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * Reads the licensing procedure's terms (YAML: the act, the consequences, the terms), reporting
 * every mistake with its file, line and field.
 */
final class TermsFile {

    private final YamlDocument doc;
    private final Map<String, Consequence> consequences = new LinkedHashMap<>();
    private final Map<String, Node> consequenceNodes = new LinkedHashMap<>();
    private final Set<String> named = new HashSet<>();

    private TermsFile(YamlDocument doc) {
        this.doc = doc;
    }

    static StatutoryTerms read(String file, String text) {
        var reader = new TermsFile(YamlDocument.parse(file, text));
        var terms = reader.terms();
        if (!reader.doc.problems.isEmpty() || terms == null) throw new CatalogException(reader.doc.problems);
        return terms;
    }

    static List<String> problems(String file, String text) {
        try {
            read(file, text);
            return List.of();
        } catch (CatalogException e) {
            return e.problems();
        }
    }

    private @Nullable StatutoryTerms terms() {
        var root = doc.root();
        root.allowOnly(Set.of("act", "consequences", "terms"));
        var act = root.text("act");
        for (var n : root.list("consequences")) consequence(n);
        var terms = new ArrayList<StatutoryTerm>();
        var ids = new HashSet<String>();
        for (var n : root.list("terms")) {
            var term = term(n, act);
            if (term == null) continue;
            if (!ids.add(term.id())) n.child("id").problem("two terms " + term.id());
            else terms.add(term);
        }
        if (!root.child("terms").value().isArray()
                || root.child("terms").value().isEmpty()) root.child("terms").problem("must list at least one term");
        consequenceNodes.forEach((id, n) -> {
            if (!named.contains(id)) n.child("id").problem("no term names the consequence " + id);
        });
        if (!doc.problems.isEmpty()) return null;
        try {
            return new StatutoryTerms(terms);
        } catch (IllegalArgumentException e) {
            root.problem(e.getMessage());
            return null;
        }
    }

    private void consequence(Node n) {
        n.allowOnly(Set.of("id", "certainty", "source"));
        var id = n.text("id");
        var provenance = CalendarFile.provenance(n);
        if (id == null || provenance == null) return;
        try {
            var c = new Consequence(id, provenance);
            if (consequences.putIfAbsent(id, c) != null) n.child("id").problem("two consequences " + id);
            else consequenceNodes.put(id, n);
        } catch (IllegalArgumentException e) {
            n.child("id").problem(e.getMessage());
        }
    }

    private @Nullable Consequence named(Node n, String field) {
        var id = n.text(field);
        if (id == null) return null;
        var c = consequences.get(id);
        if (c == null) {
            n.child(field).problem("unknown consequence '" + id + "'; expected one of " + consequences.keySet());
            return null;
        }
        named.add(id);
        return c;
    }

    private @Nullable StatutoryTerm term(Node n, @Nullable String act) {
        n.allowOnly(Set.of(
                "id",
                "days",
                "unit",
                "startsOn",
                "restartsOn",
                "within",
                "ifMissed",
                "article",
                "paragraph",
                "certainty",
                "source",
                "interpretation"));
        var id = n.text("id");
        var days = n.integer("days");
        var unit = n.enumValue("unit", TermLength.Unit.class);
        var startsOn = n.enumValue("startsOn", Trigger.Event.class);
        var restartsOn = EnumSet.noneOf(Trigger.Event.class);
        for (var e : n.list("restartsOn")) {
            var s = e.asText();
            var event = s == null ? null : Node.parseEnum(e, s, Trigger.Event.class);
            if (event != null) restartsOn.add(event);
        }
        var within = named(n, "within");
        var ifMissed = named(n, "ifMissed");
        var article = verifiedOrNull(n, "article");
        var paragraph = verifiedOrNull(n, "paragraph");
        var provenance = CalendarFile.provenance(n);
        var interpretation = n.optText("interpretation", "");
        TermLength length = null;
        if (days != null && unit != null) {
            try {
                length = new TermLength(days, unit);
            } catch (IllegalArgumentException e) {
                n.child("days").problem(e.getMessage());
            }
        }
        if (id == null
                || act == null
                || length == null
                || startsOn == null
                || within == null
                || ifMissed == null
                || provenance == null) return null;
        try {
            return new StatutoryTerm(
                    id,
                    length,
                    startsOn,
                    restartsOn,
                    within,
                    ifMissed,
                    new Citation(act, article, paragraph),
                    provenance,
                    interpretation);
        } catch (IllegalArgumentException e) {
            n.problem(e.getMessage());
            return null;
        }
    }

    /** A number the file must state, writing {@code null} where it was not verified. */
    private static @Nullable Integer verifiedOrNull(Node n, String field) {
        if (!n.value().has(field)) {
            n.child(field).problem("is required (null where it was not verified)");
            return null;
        }
        return n.has(field) ? n.integer(field) : null;
    }
}
