package kz.qualify.formats;

import java.util.Map;
import kz.qualify.wording.Language;
import kz.qualify.wording.Phrasebook;
import kz.qualify.wording.Wording;

/** The problems as a person reads them: rendered from the bundles of {@link DossierJson#PROBLEMS}. */
final class ProblemWords {

    static final Wording WORDING = new Wording(Phrasebook.load(DossierJson.PROBLEMS), Map.of());

    private ProblemWords() {}

    /** A problem's path and its English and Russian words. */
    record Said(String path, String en, String ru) {}

    static Said said(Problem p) {
        return new Said(p.path(), en(p), ru(p));
    }

    static String en(Problem p) {
        return in("en", p);
    }

    static String ru(Problem p) {
        return in("ru", p);
    }

    static String kk(Problem p) {
        return in("kk", p);
    }

    static String in(String language, Problem p) {
        return WORDING.in(Language.of(language)).render(p.message());
    }
}
