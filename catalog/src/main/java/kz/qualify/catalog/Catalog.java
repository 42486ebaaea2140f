package kz.qualify.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.qualify.assessment.Evaluator;
import kz.qualify.catalog.act.ActJson;
import kz.qualify.law.Act;
import kz.qualify.law.Edition;
import kz.qualify.law.Editions;
import kz.qualify.law.MrpTable;

/**
 * The law as data: the normalised act, its editions with their requirements, and the МРП table —
 * loaded from the files kept in this module and checked against each other at load.
 */
public final class Catalog {

    static final String RULES = "decree-967-2012.rules.yaml";
    static final String MRP = "mrp.yaml";

    private static volatile Catalog standard;

    private final Act act;
    private final Editions editions;
    private final MrpTable mrp;
    private final Evaluator evaluator;

    Catalog(Act act, List<Edition> editions, MrpTable mrp) {
        this.act = act;
        this.editions = new Editions(editions);
        this.mrp = mrp;
        this.evaluator = new Evaluator(this.editions, mrp);
    }

    /** The bundled act, edition and МРП table; loaded once. */
    public static Catalog standard() {
        var c = standard;
        if (c == null) {
            synchronized (Catalog.class) {
                c = standard;
                if (c == null) standard = c = load();
            }
        }
        return c;
    }

    private static Catalog load() {
        var act = ActJson.loadDecree967();
        var edition = RulesFile.read(RULES, resource(RULES), act);
        var mrp = MrpFile.read(MRP, resource(MRP));
        return new Catalog(act, List.of(edition), mrp);
    }

    static String resource(String name) {
        try (InputStream in = Catalog.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Act act() {
        return act;
    }

    public Editions editions() {
        return editions;
    }

    public MrpTable mrp() {
        return mrp;
    }

    public Evaluator evaluator() {
        return evaluator;
    }
}
