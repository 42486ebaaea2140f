package kz.qualify.official;

import java.time.LocalDate;
import java.util.List;

/**
 * The licence and its annex (приложение к лицензии, лицензияға қосымша), issued by the decision to
 * grant it.
 *
 * @param number the licence number
 * @param issuedOn the date of the decision to issue it
 * @param signatory the official who took the decision
 * @param holder the licensee (лицензиат)
 * @param activity the licensed activity, worded
 * @param annex the sub-activities, kinds of work and equipment the licence covers
 * @param legalBasis the act and edition whose qualification requirements were applied, worded in
 *     the document's language (e.g. "Квалификационные требования … (постановление Правительства
 *     Республики Казахстан от 26 декабря 2007 года № 1311 в редакции постановления от 24 июля 2012
 *     года № 967)")
 * @param acceptedAbsences the needs the officer accepted as absent, stated in the annex; may be empty
 */
public record Licence(
        String number,
        LocalDate issuedOn,
        Language language,
        Authority authority,
        Signatory signatory,
        Party holder,
        String activity,
        Annex annex,
        String legalBasis,
        Verification verification,
        List<AcceptedAbsence> acceptedAbsences)
        implements OfficialDocument {

    public Licence {
        number = Checks.text(number, "licence.number");
        Checks.present(issuedOn, "licence.issuedOn");
        Checks.present(language, "licence.language");
        Checks.present(authority, "licence.authority");
        Checks.present(signatory, "licence.signatory");
        Checks.present(holder, "licence.holder");
        activity = Checks.text(activity, "licence.activity");
        Checks.present(annex, "licence.annex");
        legalBasis = Checks.text(legalBasis, "licence.legalBasis");
        Checks.present(verification, "licence.verification");
        acceptedAbsences = Checks.items(acceptedAbsences, "licence.acceptedAbsences");
    }

    /**
     * The annex: what within the activity the licence covers. Lists that do not apply to the
     * activity are empty (kinds of work and equipment are item 4's; most items have sub-activities
     * only).
     *
     * @param number the annex number
     * @param subActivities the sub-activities (подвиды, кіші түрлері), worded
     * @param kindsOfWork the kinds of work (design, manufacture, installation, repair …), worded
     * @param equipmentScope the equipment the licence covers, worded with its limits (e.g. boilers
     *     above 0,7 kgf/cm² and 115 °C)
     */
    public record Annex(
            String number, List<String> subActivities, List<String> kindsOfWork, List<String> equipmentScope) {
        public Annex {
            number = Checks.text(number, "licence.annex.number");
            subActivities = Checks.texts(subActivities, "licence.annex.subActivities");
            kindsOfWork = Checks.texts(kindsOfWork, "licence.annex.kindsOfWork");
            equipmentScope = Checks.texts(equipmentScope, "licence.annex.equipmentScope");
            if (subActivities.isEmpty() && kindsOfWork.isEmpty() && equipmentScope.isEmpty()) {
                throw new IllegalArgumentException(
                        "licence.annex: names no sub-activity, kind of work or equipment; an annex lists at least one");
            }
        }
    }
}
