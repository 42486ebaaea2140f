package kz.qualify.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qualify.assessment.Evidence;
import kz.qualify.assessment.Status;
import kz.qualify.assessment.Verdict;
import kz.qualify.dossier.Dossier;
import kz.qualify.law.Activity;
import kz.qualify.law.Edition;
import kz.qualify.law.Term;
import kz.qualify.rules.Provision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Evidence is a file bound to the need it proves: a dossier that claims every document proves
 * nothing until the files are bound, and proves what it claims once each file is bound to its need.
 */
class EvidenceTest {

    private static final Edition EDITION = Catalog.standard().editions().all().getFirst();
    private static final LocalDate AS_OF = LocalDate.of(2012, 11, 1);
    private static final String HASH = "a".repeat(64);

    private static Dossier compliant(int activity) {
        var a = EDITION.activity(activity).orElseThrow();
        return CompliantDossiers.of(
                EDITION,
                activity,
                Set.copyOf(a.subActivities().stream()
                        .map(Activity.SubActivity::code)
                        .toList()),
                Set.copyOf(a.works().stream().map(Term::code).toList()));
    }

    /** Binds every document of the dossier to the first free slot that may hold it, as an applicant would. */
    private static List<Evidence.Binding> bindAll(Dossier d) {
        var bindings = new ArrayList<Evidence.Binding>();
        var used = new HashSet<String>();
        for (var r : EDITION.requirementsOf(d.activity())) {
            for (var slot : Evidence.slots(r)) {
                for (var doc : d.documents()) {
                    if (used.contains(doc.id()) || !slot.documentKinds().contains(doc.kind())) continue;
                    if (slot.need() != null && !provesNeed(d, doc.id(), slot)) continue;
                    used.add(doc.id());
                    bindings.add(new Evidence.Binding(doc.id(), r.id(), slot.key(), HASH));
                    if (slot.need() != null) break; // a listed document's slot holds every copy of it
                }
            }
        }
        return bindings;
    }

    private static boolean provesNeed(Dossier d, String docId, Evidence.Slot slot) {
        for (var p : slot.need().anyOf()) {
            boolean yes = switch (p) {
                case Provision.Asset a ->
                    d.assets().stream().anyMatch(x -> x.category().equals(a.code()) && docId.equals(x.titleDocument()));
                case Provision.Service s ->
                    d.services().stream()
                            .anyMatch(x -> x.function().equals(s.code())
                                    && x.order() != null
                                    && docId.equals(x.order().document()));
                case Provision.Programme pr ->
                    d.programmes().stream().anyMatch(x -> x.kind().equals(pr.code()) && docId.equals(x.document()));
                case Provision.Contract c ->
                    d.contracts().stream().anyMatch(x -> x.kind().equals(c.code()) && docId.equals(x.document()));
                case Provision.Permit pe ->
                    d.permits().stream().anyMatch(x -> x.kind().equals(pe.code()) && docId.equals(x.document()));
                case Provision.Document doc -> true;
            };
            if (yes) return true;
        }
        return false;
    }

    private static Verdict verdict(Dossier d) {
        return Catalog.standard().evaluator().assess(d, AS_OF).verdict();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void aDossierThatOnlyClaimsItsDocumentsLacksEvidence(int activity) {
        var claimed = compliant(activity);
        assertThat(verdict(claimed)).isIn(Verdict.COMPLIANT, Verdict.NEEDS_REVIEW);

        var unproven = Evidence.bound(claimed, EDITION.requirementsOf(activity), List.of(), Map.of());

        assertThat(unproven.documents()).isEmpty();
        var assessment = Catalog.standard().evaluator().assess(unproven, AS_OF);
        assertThat(assessment.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(assessment.findings()).anyMatch(f -> f.status() == Status.MISSING_EVIDENCE);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void eachFileBoundToItsNeedProvesWhatTheDossierClaims(int activity) {
        var claimed = compliant(activity);
        var bindings = bindAll(claimed);
        assertThat(bindings).hasSameSizeAs(claimed.documents());

        var proven = Evidence.bound(claimed, EDITION.requirementsOf(activity), bindings, Map.of());

        assertThat(verdict(proven)).isEqualTo(verdict(claimed));
        assertThat(proven.documents())
                .allSatisfy(doc -> assertThat(doc.sha256()).isEqualTo(HASH));
    }

    @Test
    void aTitleDocumentBoundToAnotherNeedDoesNotProveTheNetworks() {
        var claimed = compliant(1);
        var networks = claimed.assets().stream()
                .filter(a -> a.category().equals("electric-networks"))
                .findFirst()
                .orElseThrow();
        var bindings = new ArrayList<>(bindAll(claimed));
        bindings.removeIf(b -> b.documentId().equals(networks.titleDocument()));
        // the file is there, but bound to the substations' need (need-2 of 1.1)
        bindings.add(new Evidence.Binding(networks.titleDocument(), "1.1", "need-2", HASH));

        var proven = Evidence.bound(claimed, EDITION.requirementsOf(1), bindings, Map.of());

        assertThat(proven.assets().stream()
                        .filter(a -> a.category().equals("electric-networks"))
                        .findFirst()
                        .orElseThrow()
                        .titleDocument())
                .isNull();
        var finding = Catalog.standard().evaluator().assess(proven, AS_OF).findings().stream()
                .filter(f -> f.requirementId().equals("1.1"))
                .findFirst()
                .orElseThrow();
        assertThat(finding.status()).isEqualTo(Status.MISSING_EVIDENCE);
    }

    @Test
    void aFileBoundToAListedDocumentsSlotIsThatDocumentEvenWhenTheDossierDoesNotDescribeIt() {
        var claimed = compliant(7);
        var certificate = claimed.workingCapital().certificateDocument();
        var withoutDescription = claimed.toBuilder()
                .documents(claimed.documents().stream()
                        .filter(d -> !d.id().equals(certificate))
                        .toList())
                .build();
        var bindings = new ArrayList<>(bindAll(claimed));

        var proven = Evidence.bound(
                withoutDescription, EDITION.requirementsOf(7), bindings, Map.of(certificate, "справка.pdf"));

        var doc = proven.document(certificate).orElseThrow();
        assertThat(doc.kind()).isEqualTo("bank-certificate");
        assertThat(doc.title()).isEqualTo("справка.pdf");
        assertThat(proven.workingCapital().certificateDocument()).isEqualTo(certificate);
    }

    @Test
    void theSlotsOfARequirementAreItsNeedsThenItsListedDocuments() {
        var r = EDITION.requirementsOf(1).stream()
                .filter(x -> x.id().equals("1.1"))
                .findFirst()
                .orElseThrow();
        assertThat(Evidence.slots(r).stream().map(Evidence.Slot::key))
                .containsExactly(
                        "need-1", "need-2", "doc-fixed-assets-list", "doc-equipment-specs", "doc-metering-info");
        assertThat(Evidence.slots(r).getFirst().documentKinds()).containsExactly("title-document");
    }

    /** One file per slot where the dossier places a document, as an applicant uploads them. */
    private static List<Evidence.File> oneFilePerClaimedSlot(Dossier d) {
        var files = new ArrayList<Evidence.File>();
        for (var r : EDITION.requirementsOf(d.activity())) {
            for (var slot : Evidence.slots(r)) {
                if (Evidence.claimed(d, r, slot).isEmpty()) continue;
                files.add(new Evidence.File(Integer.toString(files.size() + 1), r.id(), slot.key(), HASH));
            }
        }
        return files;
    }

    private static Dossier matched(Dossier d, List<Evidence.File> files) {
        var requirements = EDITION.requirementsOf(d.activity());
        var bindings = Evidence.match(d, requirements, files).stream()
                .map(Evidence.Match::binding)
                .toList();
        return Evidence.bound(d, requirements, bindings, Map.of());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void oneFileInEachSlotTheDossierClaimsProvesWhatItClaims(int activity) {
        var claimed = compliant(activity);
        var files = oneFilePerClaimedSlot(claimed);
        assertThat(files).isNotEmpty();

        assertThat(verdict(matched(claimed, files))).isEqualTo(verdict(claimed));
        assertThat(verdict(matched(claimed, List.of()))).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void aSlotLeftWithoutItsFileLeavesItsNeedWithoutEvidence() {
        var claimed = compliant(1);
        var files = new ArrayList<>(oneFilePerClaimedSlot(claimed));
        files.removeIf(f -> "1.1".equals(f.requirementId()) && "need-1".equals(f.key()));

        var finding = Catalog.standard().evaluator().assess(matched(claimed, files), AS_OF).findings().stream()
                .filter(f -> f.requirementId().equals("1.1"))
                .findFirst()
                .orElseThrow();
        assertThat(finding.status()).isEqualTo(Status.MISSING_EVIDENCE);
    }

    @Test
    void aFileOfASlotTheDossierDoesNotDescribeIsADocumentOfItsOwn() {
        var claimed = compliant(7);
        var certificate = claimed.workingCapital().certificateDocument();
        var bare = claimed.toBuilder()
                .documents(claimed.documents().stream()
                        .filter(d -> !d.kind().equals("staff-summary-table"))
                        .toList())
                .build();
        var files = new ArrayList<>(oneFilePerClaimedSlot(bare));
        files.add(new Evidence.File("99", "7.1", "doc-staff-summary-table", HASH));

        var matches = Evidence.match(bare, EDITION.requirementsOf(7), files);

        assertThat(matches).anySatisfy(m -> assertThat(m.binding().documentId()).isEqualTo(Evidence.FILE + "99"));
        assertThat(matches).anySatisfy(m -> assertThat(m.binding().documentId()).isEqualTo(certificate));
        assertThat(matched(bare, files).hasDocumentOfKind("staff-summary-table"))
                .isTrue();
    }
}
