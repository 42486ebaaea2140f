package kz.qualify.assessment;

import java.util.List;
import java.util.Set;
import kz.qualify.dossier.Applicant;
import kz.qualify.dossier.Document;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.TaxId;
import kz.qualify.dossier.WorkingCapital;
import org.jspecify.annotations.Nullable;

/** Dossiers for the policies' unit tests: only what a rule looks at is filled in. */
final class Dossiers {

    private Dossiers() {}

    static Dossier of(LegalForm form, List<Document> documents) {
        return of(form, documents, null);
    }

    static Dossier of(LegalForm form, List<Document> documents, @Nullable WorkingCapital capital) {
        return new Dossier(
                new Applicant(form, new TaxId("990340010001"), "ТОО «Проба»"),
                1,
                Set.of(),
                Set.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                capital,
                documents);
    }

    /** A dossier of a legal entity with documents of these ids. */
    static Dossier withDocuments(String... ids) {
        return of(
                LegalForm.LEGAL_ENTITY,
                java.util.Arrays.stream(ids)
                        .map(id -> new Document(id, "copy", "Копия " + id, null, null, false, null))
                        .toList());
    }
}
