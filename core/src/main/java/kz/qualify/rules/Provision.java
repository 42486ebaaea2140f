package kz.qualify.rules;

/** What can satisfy a need: each names a vocabulary code the dossier uses. */
public sealed interface Provision {

    String code();

    /** An asset of a category, owned or held on another legal basis, with its title document. */
    record Asset(String code) implements Provision {}

    /** A service or responsible person for a function, established by an order. */
    record Service(String code) implements Provision {}

    /**
     * An approved programme or plan; where the law says "реализуемых в соответствии с графиками",
     * also implemented on schedule.
     */
    record Programme(String code, boolean onSchedule) implements Provision {}

    /** A contract (or, where allowed, a protocol of intent) of a kind; optionally with backup supply. */
    record Contract(String code, boolean protocolOfIntentAccepted, boolean backupSupply) implements Provision {}

    /** A licence or permit the applicant holds. */
    record Permit(String code) implements Provision {}

    /** A document; where the law says so, certified by the head's signature and seal. */
    record Document(String code, boolean certifiedByHead) implements Provision {}
}
