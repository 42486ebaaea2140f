package kz.qualify.official;

/**
 * The applicant or licensee as the document names it.
 *
 * @param name the full name of the legal entity or the individual entrepreneur
 * @param taxId its BIN or IIN
 * @param address its legal address (юридический адрес, заңды мекенжайы)
 */
public record Party(String name, TaxId taxId, String address) {
    public Party {
        name = Checks.text(name, "party.name");
        Checks.present(taxId, "party.taxId");
        address = Checks.text(address, "party.address");
    }
}
