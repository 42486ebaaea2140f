package kz.qualify.catalog;

import java.util.ArrayList;
import java.util.Set;
import kz.qualify.law.Money;
import kz.qualify.law.MrpRate;
import kz.qualify.law.MrpTable;

/** Reads the МРП table (YAML: a list of {from, value, law, note}). */
final class MrpFile {

    private MrpFile() {}

    static MrpTable read(String file, String text) {
        var doc = YamlDocument.parse(file, text);
        var rates = new ArrayList<MrpRate>();
        var root = doc.root();
        if (!root.value().isArray()) {
            root.problem("must be a list of rates");
        } else {
            for (int i = 0; i < root.value().size(); i++) {
                var n = new Node(doc, root.value().get(i), "/" + i);
                n.allowOnly(Set.of("from", "value", "law", "note"));
                var from = n.date("from");
                var value = n.decimal("value");
                var law = n.text("law");
                var note = n.optText("note", "");
                if (from == null || value == null || law == null) continue;
                try {
                    rates.add(new MrpRate(from, new Money(value), law, note));
                } catch (IllegalArgumentException e) {
                    n.problem(e.getMessage());
                }
            }
        }
        if (!doc.problems.isEmpty()) throw new CatalogException(doc.problems);
        try {
            return new MrpTable(rates);
        } catch (IllegalArgumentException e) {
            throw new CatalogException(java.util.List.of(file + ": " + e.getMessage()));
        }
    }
}
