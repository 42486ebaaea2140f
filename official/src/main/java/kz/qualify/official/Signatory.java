package kz.qualify.official;

/**
 * The official (лауазымды тұлға, должностное лицо) who took the decision and signs for the
 * authority.
 *
 * @param fullName surname, name and patronymic as the official writes them
 * @param position the position in the document's language, e.g. "Руководитель управления"
 */
public record Signatory(String fullName, String position) {
    public Signatory {
        fullName = Checks.text(fullName, "signatory.fullName");
        position = Checks.text(position, "signatory.position");
    }
}
