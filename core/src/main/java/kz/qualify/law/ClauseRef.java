package kz.qualify.law;

import java.util.regex.Pattern;

/**
 * A place in the annex of the act: an item (пункт), optionally a subitem (подпункт "1)") and
 * optionally a paragraph (абзац), counted the way the law counts them — from the item's first
 * line, so item 3's petrochemical sub-activity is "абзац 16" whatever subitem it falls under.
 *
 * <p>Zero means "not named". The stable id is {@code "3"}, {@code "3.2"}, {@code "3.2.a16"} or
 * {@code "3.a16"}; {@link #parse(String)} reads it back.
 */
public record ClauseRef(int item, int subitem, int paragraph) implements Comparable<ClauseRef> {

    private static final Pattern ID = Pattern.compile("(\\d{1,2})(?:\\.(\\d{1,2}))?(?:\\.a(\\d{1,3}))?");

    public ClauseRef {
        if (item < 1) throw new IllegalArgumentException("item must be ≥ 1, was " + item);
        if (subitem < 0) throw new IllegalArgumentException("subitem must be ≥ 0, was " + subitem);
        if (paragraph < 0) throw new IllegalArgumentException("paragraph must be ≥ 0, was " + paragraph);
    }

    public static ClauseRef item(int item) {
        return new ClauseRef(item, 0, 0);
    }

    public static ClauseRef subitem(int item, int subitem) {
        return new ClauseRef(item, subitem, 0);
    }

    public static ClauseRef paragraph(int item, int paragraph) {
        return new ClauseRef(item, 0, paragraph);
    }

    public ClauseRef withParagraph(int paragraph) {
        return new ClauseRef(item, subitem, paragraph);
    }

    public static ClauseRef parse(String id) {
        var m = ID.matcher(id.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "not a clause id: '" + id + "' (expected e.g. 3, 3.2, 3.2.a16 or 3.a16)");
        }
        return new ClauseRef(
                Integer.parseInt(m.group(1)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    public boolean hasSubitem() {
        return subitem > 0;
    }

    public boolean hasParagraph() {
        return paragraph > 0;
    }

    /** The JSON contract's {@code clause}: {@code "<item>.<subitem>"}, or just the item. */
    public String clause() {
        return subitem > 0 ? item + "." + subitem : Integer.toString(item);
    }

    public String id() {
        return clause() + (paragraph > 0 ? ".a" + paragraph : "");
    }

    /** How a Russian reader cites it: "п. 3 пп. 2) абз. 16". */
    public String citation() {
        var s = new StringBuilder("п. ").append(item);
        if (subitem > 0) s.append(" пп. ").append(subitem).append(')');
        if (paragraph > 0) s.append(" абз. ").append(paragraph);
        return s.toString();
    }

    @Override
    public int compareTo(ClauseRef o) {
        int c = Integer.compare(item, o.item);
        if (c == 0) c = Integer.compare(subitem, o.subitem);
        if (c == 0) c = Integer.compare(paragraph, o.paragraph);
        return c;
    }

    @Override
    public String toString() {
        return id();
    }
}
