package kz.qualify.official;

/**
 * A document the licensing authority issues: what it says, in one language. Words arrive already
 * worded in {@link #language()} (the service renders them from its message bundles); the law is
 * quoted in its official Russian text whatever the language; numbers, dates, identification
 * numbers and hashes arrive typed and the templates format them.
 */
public sealed interface OfficialDocument permits Licence, Refusal, ReturnForCompletion, FilingReceipt {

    /** The document's own number, as printed under its title and in its file name. */
    String number();

    Language language();

    Authority authority();

    /** Where anyone checks it; encoded in the QR code and printed beside it. */
    Verification verification();

    /** Which of the four documents this is. */
    default Kind kind() {
        return switch (this) {
            case Licence _ -> Kind.LICENCE;
            case Refusal _ -> Kind.REFUSAL;
            case ReturnForCompletion _ -> Kind.RETURN_FOR_COMPLETION;
            case FilingReceipt _ -> Kind.FILING_RECEIPT;
        };
    }

    /** The four documents; the name of each is the stem of its template and of its file name. */
    enum Kind {
        LICENCE("licence"),
        REFUSAL("refusal"),
        RETURN_FOR_COMPLETION("return-notice"),
        FILING_RECEIPT("receipt");

        private final String stem;

        Kind(String stem) {
            this.stem = stem;
        }

        /** {@code licence}, {@code refusal}, {@code return-notice}, {@code receipt}. */
        public String stem() {
            return stem;
        }
    }
}
