package kz.qualify.law;

/**
 * A word of an edition's vocabulary: a code the dossier uses for an asset category, a service
 * function, a programme, a contract, a permit, a document or a sub-activity, with its Russian and
 * English names.
 */
public record Term(String code, String ru, String en) {
    public Term {
        if (code == null || !code.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("term code must be lower-case kebab-case: '" + code + "'");
        }
        if (ru == null || ru.isBlank()) throw new IllegalArgumentException("term " + code + " has no Russian name");
        if (en == null || en.isBlank()) throw new IllegalArgumentException("term " + code + " has no English name");
    }
}
