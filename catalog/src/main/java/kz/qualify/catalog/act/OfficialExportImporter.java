package kz.qualify.catalog.act;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import kz.qualify.law.Act;
import kz.qualify.law.ActItem;
import kz.qualify.law.ActItem.Paragraph;

/**
 * Reads the official legal database's plain-text export of Decree № 967 (24 July 2012) into an
 * {@link Act}. It takes the text, not a file, so it can be fed a doctored export in tests.
 *
 * <p>The export is a page-layout dump, not structured text, so the importer
 *
 * <ol>
 *   <li>applies a short table of {@linkplain #FIXES specific fixes} to the raw text where the
 *       export scrambled something no general rule can put back (hyperlink text moved to the end of
 *       its line, a superscript split off), each of which must match exactly once;
 *   <li>closes up letter-spaced words line by line ({@link LetterSpacing});
 *   <li>assembles paragraphs from indentation: an indented line opens a paragraph, column-0 lines
 *       are its wrapped rest, blank lines are page breaks ({@link Paragraphs});
 *   <li>cuts the paragraphs into title, preamble, decree items, signature, annex title and annex
 *       items, numbering each item's paragraphs from its first line and assigning them to the
 *       subitem ("N)") they fall under.
 * </ol>
 *
 * <p>Anything unexpected fails with {@link IllegalStateException}: a changed export must be looked at
 * by a person, not silently half-imported.
 */
public final class OfficialExportImporter {

    public static final String ACT_ID = "kz-gov-decree-967-2012";

    /**
     * A repair of one place in the raw export, applied before anything else.
     *
     * @param name what the importer reports when the fix no longer matches
     * @param found the export's text, exactly as exported (spacing and line breaks included)
     * @param replacement what the act says there
     * @param why what went wrong in the export
     */
    record Fix(String name, String found, String replacement, String why) {}

    /**
     * The places general rules cannot repair. Most are links in the database's HTML whose anchor
     * text the export moved to the end of the line (or into the next one).
     */
    static final List<Fix> FIXES = List.of(
            new Fix(
                    "footnote-1796",
                    "№ \n\n (вводится в действие по истечении двадцати одного календарного дня после1796\nофициального",
                    "№ 1796 (вводится в действие по истечении двадцати одного календарного дня после\nофициального",
                    "the linked number of the repealing decree (1796) was moved to the end of the next line and"
                            + " the footnote broken by a page break and a stray indent"),
            new Fix(
                    "enacting-formula",
                    "Правительство Республики Казахстан :ПОСТАНОВЛЯЕТ",
                    "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:",
                    "the colon of the enacting formula was put before the (emphasised) word"),
            new Fix(
                    "decree-1311-link",
                    "Внести в  Правительства Республики Казахстан от 28 постановление\nдекабря 2007 года",
                    "Внести в постановление Правительства Республики Казахстан от 28\nдекабря 2007 года",
                    "the linked word \"постановление\" was moved to the end of the line"),
            new Fix(
                    "item-1-link",
                    "изложить в следующей редакции:пункт 1",
                    "пункт 1 изложить в следующей редакции:",
                    "the linked words \"пункт 1\" were moved to the end of the line"),
            new Fix(
                    "annex-link",
                    "согласно  к приложению\nн а с т о я щ е м у  п о с т а н о в л е н и ю .",
                    "согласно приложению к\nнастоящему постановлению.",
                    "the linked word \"приложению\" was moved behind \"к\""),
            new Fix(
                    "boiler-superscripts",
                    "кг/см  и температурой теплоносителя выше 115 С, 2 0\n",
                    "кг/см² и температурой теплоносителя выше 115 °С,\n",
                    "the superscript 2 of кг/см² and the degree sign (a superscript 0) of 115 °С were pushed to"
                            + " the end of the line as \"2 0\""),
            new Fix(
                    "vessel-superscript",
                    "давлением выше 0,7 кг/см (за",
                    "давлением выше 0,7 кг/см² (за",
                    "the superscript 2 of кг/см² was lost (its stray copy is the \"2\" of the \"2 0\" fixed above)"),
            new Fix(
                    "paragraph-16-link",
                    "в  16 абзаце",
                    "в 16 абзаце",
                    "\"16 абзаце\" was a link; tidying would close the gap anyway, but this is the cross-reference"
                            + " that carves абзац 16 out of маркшейдерские работы, so a changed export must be noticed"));

    private static final Pattern ITEM = Pattern.compile("(\\d{1,2})\\.\\s");
    private static final Pattern SUBITEM = Pattern.compile("(\\d{1,2}) ?\\)\\s");
    private static final String ANNEX_MARK = "Приложение";
    private static final String APPROVAL_MARK = "Утверждены";
    private static final String SIGNATORY = "Премьер-Министр";

    private OfficialExportImporter() {}

    /** The act in {@code exportText}, the official export (UTF-8 text, as downloaded). */
    public static Act importText(String exportText) {
        List<ExportLine> lines = applyFixes(exportText)
                .lines()
                .map(OfficialExportImporter::withoutBom)
                .map(ExportLine::of)
                .toList();

        int start = firstNonBlank(lines, 0);
        int titleEnd = start;
        while (titleEnd < lines.size() && !lines.get(titleEnd).blank()) titleEnd++;
        String title = single(Paragraphs.assemble(lines.subList(start, titleEnd)), "title");

        int annexMark = indexOf(lines, titleEnd, l -> !l.indented() && l.text().equals(ANNEX_MARK));
        if (annexMark < 0) throw new IllegalStateException("no '" + ANNEX_MARK + "' header before the annex");
        int annexBody = indexOf(lines, annexMark, ExportLine::indented);
        if (annexBody < 0) throw new IllegalStateException("the annex has no items");

        var decree = Paragraphs.assemble(lines.subList(titleEnd, annexMark));
        int firstItem = indexOf(decree, p -> ITEM.matcher(p).lookingAt());
        int signature = indexOf(decree, p -> p.startsWith(SIGNATORY));
        if (firstItem < 0 || signature < firstItem) {
            throw new IllegalStateException(
                    "decree: expected preamble, numbered items, then the signature; got " + decree);
        }

        return new Act(
                ACT_ID,
                title,
                decree.subList(0, firstItem),
                items(decree.subList(firstItem, signature), "decree"),
                String.join(" ", decree.subList(signature, decree.size())),
                annexTitle(lines.subList(annexMark, annexBody)),
                items(Paragraphs.assemble(lines.subList(annexBody, lines.size())), "annex"));
    }

    static String applyFixes(String exportText) {
        String text = exportText.replace("\r\n", "\n");
        for (var fix : FIXES) {
            int at = text.indexOf(fix.found());
            if (at < 0) {
                throw new IllegalStateException("export fix '" + fix.name() + "' does not match: the export no longer"
                        + " contains " + quoted(fix.found()) + " (" + fix.why() + "); check the new export by hand");
            }
            if (text.indexOf(fix.found(), at + 1) >= 0) {
                throw new IllegalStateException("export fix '" + fix.name() + "' is ambiguous: " + quoted(fix.found())
                        + " occurs more than once");
            }
            text = text.substring(0, at)
                    + fix.replacement()
                    + text.substring(at + fix.found().length());
        }
        return text;
    }

    /**
     * The annex title is the block after the "Приложение к постановлению…" and "Утверждены
     * постановлением…" headers. Those headers say where the annex belongs, they are not part of its
     * text, so they are dropped.
     */
    private static String annexTitle(List<ExportLine> front) {
        var blocks = new ArrayList<List<ExportLine>>();
        var block = new ArrayList<ExportLine>();
        for (var line : front) {
            if (!line.blank()) {
                block.add(line);
            } else if (!block.isEmpty()) {
                blocks.add(block);
                block = new ArrayList<>();
            }
        }
        if (!block.isEmpty()) blocks.add(block);
        var titles = blocks.stream()
                .map(Paragraphs::assemble)
                .map(b -> single(b, "annex header block"))
                .filter(b -> !b.startsWith(ANNEX_MARK) && !b.startsWith(APPROVAL_MARK))
                .toList();
        return single(titles, "annex title");
    }

    /**
     * Cuts paragraphs into numbered items. An item starts with "N. " (N the next number); a
     * paragraph starting with "N)" or "N )" opens subitem N of the current item.
     */
    private static List<ActItem> items(List<String> paragraphs, String part) {
        var items = new ArrayList<ActItem>();
        var current = new ArrayList<Paragraph>();
        int item = 0;
        int subitem = 0;
        for (var text : paragraphs) {
            var itemStart = ITEM.matcher(text);
            if (itemStart.lookingAt()) {
                int n = Integer.parseInt(itemStart.group(1));
                if (n != item + 1) {
                    throw new IllegalStateException(part + ": item " + n + " follows item " + item + ": " + text);
                }
                if (item > 0) items.add(new ActItem(item, current));
                item = n;
                subitem = 0;
                current = new ArrayList<>();
            } else if (item == 0) {
                throw new IllegalStateException(part + ": text before item 1: " + text);
            } else {
                var subitemStart = SUBITEM.matcher(text);
                if (subitemStart.lookingAt()) {
                    int n = Integer.parseInt(subitemStart.group(1));
                    if (n != subitem + 1) {
                        throw new IllegalStateException(part + " item " + item + ": subitem " + n + " follows subitem "
                                + subitem + ": " + text);
                    }
                    subitem = n;
                }
            }
            current.add(new Paragraph(current.size() + 1, subitem, text));
        }
        if (item > 0) items.add(new ActItem(item, current));
        return items;
    }

    private static String single(List<String> candidates, String what) {
        if (candidates.size() != 1) {
            throw new IllegalStateException(
                    "expected one " + what + ", found " + candidates.size() + ": " + candidates);
        }
        return candidates.getFirst();
    }

    private static int firstNonBlank(List<ExportLine> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).blank()) i++;
        return i;
    }

    private static <T> int indexOf(List<T> list, Predicate<T> test) {
        return indexOf(list, 0, test);
    }

    private static <T> int indexOf(List<T> list, int from, Predicate<T> test) {
        for (int i = from; i < list.size(); i++) {
            if (test.test(list.get(i))) return i;
        }
        return -1;
    }

    private static String withoutBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\n", "\\n") + "\"";
    }
}
