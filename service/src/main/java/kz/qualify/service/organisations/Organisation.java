package kz.qualify.service.organisations;

import kz.qualify.dossier.Applicant;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.TaxId;

/**
 * An applicant organisation (or individual entrepreneur) as registered with the service.
 *
 * @param taxId its BIN/IIN, valid (check digit included)
 */
public record Organisation(long id, LegalForm legalForm, String taxId, String name, String address, long version) {

    public Organisation {
        new TaxId(taxId);
    }

    /** The applicant as the rules core knows it. */
    public Applicant applicant() {
        return new Applicant(legalForm, new TaxId(taxId), name);
    }
}
