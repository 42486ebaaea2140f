package kz.qualify.law;

/**
 * A word of an edition's vocabulary: a code the dossier uses for an asset category, a service
 * function, a programme, a contract, a permit, a document or a sub-activity. What it is called, in
 * each language and in the law's own words, is the edition's glossary's ({@code term.<code>}).
 */
public record Term(String code) {
    public Term {
        if (code == null || !code.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("term code must be lower-case kebab-case: '" + code + "'");
        }
    }
}
