package kz.qualify.official;

/**
 * A business identification number (BIN, of a legal entity or its branch) or an individual
 * identification number (IIN, of an individual entrepreneur): twelve digits. The check digit was
 * verified when the application was filed; the document only prints the number.
 */
public record TaxId(Kind kind, String digits) {

    public enum Kind {
        /** Бизнес-идентификационный номер — бизнес-сәйкестендіру нөмірі (БСН). */
        BIN,
        /** Индивидуальный идентификационный номер — жеке сәйкестендіру нөмірі (ЖСН). */
        IIN
    }

    public TaxId {
        Checks.present(kind, "taxId.kind");
        digits = Checks.text(digits, "taxId.digits");
        if (!digits.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("taxId.digits: '" + digits + "' is not twelve digits");
        }
    }

    public static TaxId bin(String digits) {
        return new TaxId(Kind.BIN, digits);
    }

    public static TaxId iin(String digits) {
        return new TaxId(Kind.IIN, digits);
    }
}
