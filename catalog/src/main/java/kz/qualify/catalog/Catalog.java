package kz.qualify.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qualify.assessment.Evaluator;
import kz.qualify.catalog.act.ActJson;
import kz.qualify.law.Act;
import kz.qualify.law.Edition;
import kz.qualify.law.Editions;
import kz.qualify.law.MrpTable;
import kz.qualify.procedure.StatutoryClock;
import kz.qualify.procedure.StatutoryTerms;
import kz.qualify.procedure.WorkingCalendar;
import kz.qualify.wording.Glossaries;

/**
 * The law as data: the normalised act, its editions with their requirements, the МРП table, and the
 * statutory clock's working-day calendar, licensing terms and their words — loaded from the files
 * kept in this module and checked against each other at load.
 */
public final class Catalog {

    static final String RULES = "decree-967-2012.rules.yaml";
    static final String MRP = "mrp.yaml";
    static final String CALENDAR = "procedure/working-calendar.yaml";
    static final String TERMS = "procedure/licensing-terms.yaml";

    private static volatile Catalog standard;

    private final Act act;
    private final Editions editions;
    private final MrpTable mrp;
    private final Evaluator evaluator;
    private final WorkingCalendar calendar;
    private final StatutoryTerms terms;
    private final ProcedureWords procedureWords;
    private final Map<String, Glossaries> glossaries;

    Catalog(
            Act act,
            List<Edition> editions,
            MrpTable mrp,
            WorkingCalendar calendar,
            StatutoryTerms terms,
            ProcedureWords procedureWords,
            Map<String, Glossaries> glossaries) {
        this.act = act;
        this.editions = new Editions(editions);
        this.mrp = mrp;
        this.evaluator = new Evaluator(this.editions, mrp);
        this.calendar = calendar;
        this.terms = terms;
        this.procedureWords = procedureWords;
        this.glossaries = Map.copyOf(glossaries);
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
        var calendar = CalendarFile.read(CALENDAR, resource(CALENDAR));
        var terms = TermsFile.read(TERMS, resource(TERMS));
        var words = ProcedureWords.read(procedureBundles(), procedureKeys(calendar, terms));
        var glossaries = EditionGlossaries.read(RULES, edition, glossaryFiles(RULES));
        return new Catalog(act, List.of(edition), mrp, calendar, terms, words, Map.of(edition.id(), glossaries));
    }

    static Map<String, String> procedureBundles() {
        var bundles = new HashMap<String, String>();
        for (var language : ProcedureWords.LANGUAGES)
            bundles.put(language, resource("procedure/" + ProcedureWords.file(language)));
        return bundles;
    }

    /** The texts of a rules file's glossaries, by language. */
    static Map<String, String> glossaryFiles(String rulesFile) {
        var files = new HashMap<String, String>();
        for (var language : ProcedureWords.LANGUAGES)
            files.put(language, resource(EditionGlossaries.file(rulesFile, language)));
        return files;
    }

    /** Every message key the calendar and the terms name: each needs words in every language. */
    static Set<String> procedureKeys(WorkingCalendar calendar, StatutoryTerms terms) {
        var keys = new HashSet<String>();
        calendar.holidays().forEach(h -> keys.add(h.nameKey()));
        terms.all().forEach(t -> keys.add(t.nameKey()));
        terms.consequences().forEach(c -> keys.add(c.nameKey()));
        return keys;
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

    /** The working-day calendar: holidays and transfers of days off, for the years it covers. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The licensing procedure's terms, with their consequences and sources. */
    public StatutoryTerms terms() {
        return terms;
    }

    /**
     * Each edition's glossary in every language, by edition id: what its activities, codes,
     * requirements and needs are called, for {@code kz.qualify.wording.Wording} to name them.
     */
    public Map<String, Glossaries> glossaries() {
        return glossaries;
    }

    /** The names of the terms, consequences and holidays in Kazakh, Russian and English. */
    public ProcedureWords procedureWords() {
        return procedureWords;
    }

    /** The calendar and the terms on {@code clock}: the caller's clock decides what "today" is. */
    public StatutoryClock statutoryClock(Clock clock) {
        return new StatutoryClock(calendar, terms, clock);
    }
}
