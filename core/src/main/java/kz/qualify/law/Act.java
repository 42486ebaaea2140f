package kz.qualify.law;

import java.util.List;
import java.util.Optional;

/**
 * The normalised text of an act: its preamble, the numbered items of the decree itself, and the
 * annex whose items (пункты) carry the requirements. Produced by the catalog's importer from the
 * official database's export and kept in the repository as data.
 *
 * @param id stable id of the act, e.g. {@code "kz-gov-decree-967-2012"}
 * @param title the act's title as published
 * @param preamble paragraphs before the decree items (status notes, the enacting formula)
 * @param decreeItems the decree's own numbered items (1. amend…, 2. entry into force)
 * @param signature who signed
 * @param annexTitle the annex's title ("Квалификационные требования, …")
 * @param annexItems the annex's numbered items, each with its абзацы
 */
public record Act(
        String id,
        String title,
        List<String> preamble,
        List<ActItem> decreeItems,
        String signature,
        String annexTitle,
        List<ActItem> annexItems) {

    public Act {
        preamble = List.copyOf(preamble);
        decreeItems = List.copyOf(decreeItems);
        annexItems = List.copyOf(annexItems);
    }

    public Optional<ActItem> annexItem(int number) {
        return annexItems.stream().filter(i -> i.number() == number).findFirst();
    }

    /**
     * The text a clause reference points at: a paragraph, a whole subitem (all its paragraphs),
     * or a whole item.
     */
    public Optional<String> text(ClauseRef ref) {
        return annexItem(ref.item()).flatMap(item -> item.text(ref));
    }
}
