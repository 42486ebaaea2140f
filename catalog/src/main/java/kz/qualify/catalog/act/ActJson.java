package kz.qualify.catalog.act;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.qualify.law.Act;
import kz.qualify.law.ActItem;
import kz.qualify.law.ClauseRef;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of an {@link Act}, as committed in {@code decree-967-2012.act.json}.
 *
 * <p>The model records are not written as they are: every annex item and paragraph also carries
 * its stable clause id ({@code "3"}, {@code "3.a16"}) and the clause it belongs to ({@code "3.2"}),
 * so that people and other files can cite the data by id. Reading checks those ids against the
 * positions, so a hand edit that renumbers a paragraph cannot slip through.
 */
public final class ActJson {

    /** Classpath name (next to this class) of the committed act. */
    static final String DECREE_967_RESOURCE = "decree-967-2012.act.json";

    /**
     * One array element per line and LF line ends whatever the platform, so the committed file
     * reads well in a diff and is the same wherever it is regenerated.
     */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .defaultPrettyPrinter(PRETTY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ActJson() {}

    /** Pretty JSON, ending with a newline (the form in which it is committed). */
    public static String write(Act act) {
        return MAPPER.writeValueAsString(ActDoc.of(act)) + "\n";
    }

    /**
     * The act in {@code json}.
     *
     * @throws IllegalArgumentException if a clause id does not match its position
     */
    public static Act read(String json) {
        return MAPPER.readValue(json, ActDoc.class).toAct();
    }

    /** The committed, normalised text of Decree № 967 (2012). */
    public static Act loadDecree967() {
        try (InputStream in = ActJson.class.getResourceAsStream(DECREE_967_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + DECREE_967_RESOURCE);
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @JsonPropertyOrder({"id", "title", "preamble", "decreeItems", "signature", "annexTitle", "annexItems"})
    record ActDoc(
            String id,
            String title,
            List<String> preamble,
            List<DecreeItemDoc> decreeItems,
            String signature,
            String annexTitle,
            List<AnnexItemDoc> annexItems) {

        static ActDoc of(Act act) {
            return new ActDoc(
                    act.id(),
                    act.title(),
                    act.preamble(),
                    act.decreeItems().stream().map(DecreeItemDoc::of).toList(),
                    act.signature(),
                    act.annexTitle(),
                    act.annexItems().stream().map(AnnexItemDoc::of).toList());
        }

        Act toAct() {
            return new Act(
                    id,
                    title,
                    preamble,
                    decreeItems.stream().map(DecreeItemDoc::toItem).toList(),
                    signature,
                    annexTitle,
                    annexItems.stream().map(AnnexItemDoc::toItem).toList());
        }
    }

    /** A decree item: the decree's own items are not clauses of the annex, so they carry no ids. */
    @JsonPropertyOrder({"number", "paragraphs"})
    record DecreeItemDoc(int number, List<DecreeParagraphDoc> paragraphs) {
        static DecreeItemDoc of(ActItem item) {
            return new DecreeItemDoc(
                    item.number(),
                    item.paragraphs().stream()
                            .map(p -> new DecreeParagraphDoc(p.number(), p.subitem(), p.text()))
                            .toList());
        }

        ActItem toItem() {
            return new ActItem(
                    number,
                    paragraphs.stream()
                            .map(p -> new ActItem.Paragraph(p.number(), p.subitem(), p.text()))
                            .toList());
        }
    }

    @JsonPropertyOrder({"number", "subitem", "text"})
    record DecreeParagraphDoc(int number, int subitem, String text) {}

    @JsonPropertyOrder({"id", "number", "paragraphs"})
    record AnnexItemDoc(String id, int number, List<AnnexParagraphDoc> paragraphs) {
        static AnnexItemDoc of(ActItem item) {
            return new AnnexItemDoc(
                    ClauseRef.item(item.number()).id(),
                    item.number(),
                    item.paragraphs().stream()
                            .map(p -> AnnexParagraphDoc.of(item.number(), p))
                            .toList());
        }

        ActItem toItem() {
            check(id, ClauseRef.item(number).id());
            return new ActItem(
                    number, paragraphs.stream().map(p -> p.toParagraph(number)).toList());
        }
    }

    /**
     * An annex paragraph.
     *
     * @param id the paragraph's own id, {@code "3.a16"}: абзацы are counted per item, so the id does
     *     not need the subitem
     * @param clause the subitem it belongs to, {@code "3.2"}, or the item for the opening paragraph
     */
    @JsonPropertyOrder({"id", "clause", "number", "subitem", "text"})
    record AnnexParagraphDoc(String id, String clause, int number, int subitem, String text) {
        static AnnexParagraphDoc of(int item, ActItem.Paragraph p) {
            return new AnnexParagraphDoc(
                    ClauseRef.paragraph(item, p.number()).id(),
                    ClauseRef.subitem(item, p.subitem()).clause(),
                    p.number(),
                    p.subitem(),
                    p.text());
        }

        ActItem.Paragraph toParagraph(int item) {
            check(id, ClauseRef.paragraph(item, number).id());
            check(clause, ClauseRef.subitem(item, subitem).clause());
            return new ActItem.Paragraph(number, subitem, text);
        }
    }

    private static void check(String stored, String expected) {
        if (!stored.equals(expected)) {
            throw new IllegalArgumentException(
                    "act JSON: clause id '" + stored + "' does not match its position '" + expected + "'");
        }
    }
}
