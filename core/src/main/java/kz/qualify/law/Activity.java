package kz.qualify.law;

import java.util.List;
import java.util.Optional;

/**
 * A licensed activity — one item of the annex — with the sub-activities, kinds of work and
 * equipment an applicant can declare under it.
 *
 * @param item the annex item (1…7); its name, in each language and in the law's words, is the
 *     edition's glossary's ({@code activity.<item>})
 * @param subActivities declared sub-activities (item 3: абзацы 5–16 and the design of oil and gas processing)
 * @param works kinds of work (item 4: design, manufacture, commissioning, installation, repair)
 * @param equipmentKinds kinds of equipment the licence may cover (item 4)
 */
public record Activity(int item, List<SubActivity> subActivities, List<Term> works, List<Term> equipmentKinds) {

    public Activity {
        subActivities = List.copyOf(subActivities);
        works = List.copyOf(works);
        equipmentKinds = List.copyOf(equipmentKinds);
    }

    public Optional<SubActivity> subActivity(String code) {
        return subActivities.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public boolean hasWork(String code) {
        return works.stream().anyMatch(w -> w.code().equals(code));
    }

    public boolean hasEquipmentKind(String code) {
        return equipmentKinds.stream().anyMatch(w -> w.code().equals(code));
    }

    /**
     * A sub-activity.
     *
     * @param code the dossier's code ("3.a16", "oil-gas-processing-design"), named by the glossary's
     *     {@code term.<code>}
     * @param paragraph the абзац of the item that names it, or 0 when it has none
     */
    public record SubActivity(String code, int paragraph) {}
}
