package kz.qualify.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.qualify.dossier.Asset;
import kz.qualify.dossier.Contract;
import kz.qualify.dossier.Document;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.OrderRef;
import kz.qualify.dossier.Permit;
import kz.qualify.dossier.Programme;
import kz.qualify.dossier.ServiceUnit;
import kz.qualify.dossier.WorkingCapital;
import kz.qualify.rules.Need;
import kz.qualify.rules.Provision;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;
import org.jspecify.annotations.Nullable;

/**
 * Where a requirement's evidence goes, and which of a dossier's documents are evidence at all.
 *
 * <p>A requirement has <em>slots</em>: one per need of a provision rule ("the title document of the
 * networks", "the order establishing the dispatch service") and one per document it lists ("the
 * staffing schedule", "the bank certificate"). An application binds each uploaded file to one slot.
 * A dossier may claim documents, but a claim proves nothing: {@link #bound} keeps a document only
 * when a file bound to a slot that may hold it stands behind it, and clears every reference to the
 * others, so the evaluator reports the need as lacking evidence.
 */
public final class Evidence {

    private Evidence() {}

    /** The prefix of a need's slot key; the need's place in its rule (1-based) follows. */
    public static final String NEED = "need-";

    /** The prefix of a listed document's slot key; the document's code follows. */
    public static final String DOCUMENT = "doc-";

    /**
     * One place a file can be bound to.
     *
     * @param requirementId the requirement
     * @param key {@code need-<n>} or {@code doc-<code>}, unique in the requirement
     * @param need the need, for a need's slot
     * @param documentKinds the document codes a file in this slot can be (a title document, an order…)
     */
    public record Slot(
            String requirementId, String key, @Nullable Need need, List<String> documentKinds) {
        public Slot {
            Objects.requireNonNull(requirementId, "requirementId");
            Objects.requireNonNull(key, "key");
            documentKinds = List.copyOf(documentKinds);
        }

        /** Whether a provision is one of this slot's need's alternatives. */
        boolean proves(Provision p) {
            return need != null && need.anyOf().contains(p);
        }

        boolean proves(Class<? extends Provision> type, String code) {
            return need != null
                    && need.anyOf().stream()
                            .anyMatch(p -> type.isInstance(p) && p.code().equals(code));
        }
    }

    /**
     * A stored file bound to a requirement, and to one of its slots when the key is given (a file
     * bound to the requirement alone may stand in any of its slots).
     *
     * @param documentId the id the dossier gives it
     * @param requirementId the requirement it proves
     * @param key the slot's key, or null
     * @param sha256 the stored file's hash
     */
    public record Binding(
            String documentId,
            String requirementId,
            @Nullable String key,
            String sha256) {
        public Binding {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(requirementId, "requirementId");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /**
     * A stored file as the application keeps it: bound to a requirement and, usually, to one of its
     * slots.
     *
     * @param id the file's own id (the service's document id)
     * @param requirementId the requirement it proves, or null when not said (it then proves nothing)
     * @param key the slot's key, or null (the file may then stand in any slot of the requirement)
     * @param sha256 the file's hash
     */
    public record File(
            String id,
            @Nullable String requirementId,
            @Nullable String key,
            String sha256) {
        public File {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** A binding of a dossier's document and the file behind it. */
    public record Match(Binding binding, File file) {}

    /** The prefix of the dossier id given to a file the dossier does not describe; the file's id follows. */
    public static final String FILE = "file-";

    /**
     * Binds an application's files to the documents its dossier claims: each document the dossier
     * places in a slot (the title document of an asset of the need's category, the order of a
     * service of its function, a listed document of the slot's kind…) is backed by the files bound to
     * that slot, in order (the first document by the first file; documents beyond the files by the
     * last file, as one scan may hold several papers). A file of a slot where the dossier places no
     * document is bound as a document of its own ({@code file-<id>}), so a listed document needs no
     * description in the dossier. Files bound to the requirement alone stand in those of its slots
     * that have no file of their own. A slot without a file binds nothing: its documents remain
     * claims, and {@link #bound} clears them.
     */
    public static List<Match> match(Dossier dossier, List<Requirement> requirements, List<File> files) {
        var out = new ArrayList<Match>();
        for (var r : requirements) {
            var unkeyed = files.stream()
                    .filter(f -> r.id().equals(f.requirementId()) && f.key() == null)
                    .toList();
            for (var slot : slots(r)) {
                var inSlot = files.stream()
                        .filter(f ->
                                r.id().equals(f.requirementId()) && slot.key().equals(f.key()))
                        .toList();
                if (inSlot.isEmpty()) inSlot = unkeyed;
                if (inSlot.isEmpty()) continue;
                var claimed = claimed(dossier, r, slot);
                for (int i = 0; i < Math.max(claimed.size(), inSlot.size()); i++) {
                    var file = inSlot.get(Math.min(i, inSlot.size() - 1));
                    var documentId = i < claimed.size() ? claimed.get(i) : FILE + file.id();
                    out.add(new Match(new Binding(documentId, r.id(), slot.key(), file.sha256()), file));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The ids of the documents the dossier places in a slot, in the dossier's order. */
    public static List<String> claimed(Dossier d, Requirement r, Slot slot) {
        var ids = new LinkedHashSet<String>();
        if (slot.need() == null) {
            for (var doc : d.documents()) if (slot.documentKinds().contains(doc.kind())) ids.add(doc.id());
            var capital = d.workingCapital();
            if (capital != null
                    && capital.certificateDocument() != null
                    && d.document(capital.certificateDocument()).isEmpty()
                    && r.rule() instanceof Rule.WorkingCapitalRule rule
                    && slot.key().equals(DOCUMENT + rule.certificateDocument())) {
                ids.add(capital.certificateDocument());
            }
            return List.copyOf(ids);
        }
        for (var p : slot.need().anyOf()) {
            switch (p) {
                case Provision.Asset a ->
                    d.assets().stream()
                            .filter(x -> x.category().equals(a.code()) && x.titleDocument() != null)
                            .forEach(x -> ids.add(x.titleDocument()));
                case Provision.Service s ->
                    d.services().stream()
                            .filter(x -> x.function().equals(s.code())
                                    && x.order() != null
                                    && x.order().document() != null)
                            .forEach(x -> ids.add(x.order().document()));
                case Provision.Programme pr ->
                    d.programmes().stream()
                            .filter(x -> x.kind().equals(pr.code()) && x.document() != null)
                            .forEach(x -> ids.add(x.document()));
                case Provision.Contract c ->
                    d.contracts().stream()
                            .filter(x -> x.kind().equals(c.code()) && x.document() != null)
                            .forEach(x -> ids.add(x.document()));
                case Provision.Permit pe ->
                    d.permits().stream()
                            .filter(x -> x.kind().equals(pe.code()) && x.document() != null)
                            .forEach(x -> ids.add(x.document()));
                case Provision.Document doc ->
                    d.documents().stream()
                            .filter(x -> x.kind().equals(doc.code()))
                            .forEach(x -> ids.add(x.id()));
            }
        }
        return List.copyOf(ids);
    }

    /** The slots of a requirement, the needs first in the rule's order, then the documents it lists. */
    public static List<Slot> slots(Requirement r) {
        var out = new ArrayList<Slot>();
        if (r.rule() instanceof Rule.ProvisionRule rule) {
            int n = 0;
            for (var need : rule.needs()) {
                n++;
                var kinds = new LinkedHashSet<String>();
                for (var p : need.anyOf()) kinds.add(documentKind(p));
                out.add(new Slot(r.id(), NEED + n, need, List.copyOf(kinds)));
            }
        }
        var listed = new LinkedHashSet<>(r.documents());
        if (r.rule() instanceof Rule.WorkingCapitalRule rule) listed.add(rule.certificateDocument());
        for (var code : listed) out.add(new Slot(r.id(), DOCUMENT + code, null, List.of(code)));
        return List.copyOf(out);
    }

    /** The slot of a requirement with this key, if there is one. */
    public static java.util.Optional<Slot> slot(Requirement r, String key) {
        return slots(r).stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The document that proves an alternative: the title for an asset, the order for a service… */
    public static String documentKind(Provision p) {
        return switch (p) {
            case Provision.Asset a -> "title-document";
            case Provision.Service s -> "order";
            case Provision.Programme pr -> "approved-programme";
            case Provision.Contract c -> "contract-copy";
            case Provision.Permit pe -> "permit-copy";
            case Provision.Document d -> d.code();
        };
    }

    /**
     * The dossier as its bound files prove it: a document stays only when a file bound to a slot
     * that may hold a document of its kind stands behind it (its hash is then the file's); a file
     * bound to a slot the dossier does not describe is added as a document of the slot's kind; an
     * asset, order, programme, contract, permit or bank certificate keeps its document only when that
     * document's file is bound to a need it can satisfy (or to the requirement it serves).
     *
     * @param requirements the requirements of the dossier's activity
     * @param bindings the application's stored files
     * @param titles a title for a file the dossier does not describe (its file name), by document id
     */
    public static Dossier bound(
            Dossier dossier, List<Requirement> requirements, List<Binding> bindings, Map<String, String> titles) {
        var byId = new HashMap<String, Requirement>();
        for (var r : requirements) byId.put(r.id(), r);
        var slotsOf = new HashMap<String, List<Slot>>(); // document id → the slots its file may stand in
        var hashOf = new HashMap<String, String>();
        for (var b : bindings) {
            var r = byId.get(b.requirementId());
            if (r == null) continue; // bound to a requirement of no edition in force: proves nothing
            var slots = slots(r).stream()
                    .filter(s -> b.key() == null || s.key().equals(b.key()))
                    .toList();
            if (slots.isEmpty()) continue;
            // one paper may stand in several places (one order establishing two services)
            slotsOf.computeIfAbsent(b.documentId(), k -> new ArrayList<>()).addAll(slots);
            hashOf.put(b.documentId(), b.sha256());
        }

        var documents = new ArrayList<Document>();
        var kept = new LinkedHashSet<String>();
        for (var d : dossier.documents()) {
            var slots = slotsOf.get(d.id());
            if (slots == null || slots.stream().noneMatch(s -> s.documentKinds().contains(d.kind()))) continue;
            documents.add(
                    new Document(d.id(), d.kind(), d.title(), d.date(), d.signedBy(), d.sealed(), hashOf.get(d.id())));
            kept.add(d.id());
        }
        var described = new java.util.HashSet<String>();
        for (var d : dossier.documents()) described.add(d.id());
        for (var b : bindings) {
            var slots = slotsOf.get(b.documentId());
            if (slots == null || described.contains(b.documentId()) || kept.contains(b.documentId())) continue;
            var kind = slots.getFirst().documentKinds().getFirst();
            documents.add(new Document(
                    b.documentId(),
                    kind,
                    titles.getOrDefault(b.documentId(), b.documentId()),
                    null,
                    null,
                    false,
                    b.sha256()));
            kept.add(b.documentId());
        }

        var assets = dossier.assets().stream()
                .map(a -> new Asset(
                        a.ref(),
                        a.category(),
                        a.description(),
                        a.legalBasis(),
                        proven(a.titleDocument(), kept, slotsOf, new Provision.Asset(a.category()))))
                .toList();
        var services = dossier.services().stream()
                .map(s -> new ServiceUnit(
                        s.ref(),
                        s.function(),
                        s.name(),
                        s.order() == null
                                ? null
                                : new OrderRef(
                                        s.order().number(),
                                        s.order().date(),
                                        proven(
                                                s.order().document(),
                                                kept,
                                                slotsOf,
                                                new Provision.Service(s.function())))))
                .toList();
        var programmes = dossier.programmes().stream()
                .map(p -> new Programme(
                        p.ref(),
                        p.kind(),
                        p.title(),
                        p.approvedOn(),
                        p.approvedBy(),
                        p.onSchedule(),
                        proven(p.document(), kept, slotsOf, Provision.Programme.class, p.kind())))
                .toList();
        var contracts = dossier.contracts().stream()
                .map(c -> new Contract(
                        c.ref(),
                        c.kind(),
                        c.counterparty(),
                        c.number(),
                        c.date(),
                        c.validUntil(),
                        c.protocolOfIntent(),
                        c.backupSupply(),
                        proven(c.document(), kept, slotsOf, Provision.Contract.class, c.kind())))
                .toList();
        var permits = dossier.permits().stream()
                .map(p -> new Permit(
                        p.ref(),
                        p.kind(),
                        p.number(),
                        p.issuedOn(),
                        p.validUntil(),
                        proven(p.document(), kept, slotsOf, new Provision.Permit(p.kind()))))
                .toList();
        var capital = dossier.workingCapital();
        if (capital != null && capital.certificateDocument() != null && !kept.contains(capital.certificateDocument())) {
            capital = new WorkingCapital(capital.amount(), capital.bank(), capital.certificateDate(), null);
        }
        return dossier.toBuilder()
                .documents(documents)
                .assets(assets)
                .services(services)
                .programmes(programmes)
                .contracts(contracts)
                .permits(permits)
                .workingCapital(capital)
                .build();
    }

    private static @Nullable String proven(
            @Nullable String documentId, Set<String> kept, Map<String, List<Slot>> slotsOf, Provision p) {
        if (documentId == null || !kept.contains(documentId)) return null;
        return slotsOf.get(documentId).stream().anyMatch(s -> s.proves(p)) ? documentId : null;
    }

    private static @Nullable String proven(
            @Nullable String documentId,
            Set<String> kept,
            Map<String, List<Slot>> slotsOf,
            Class<? extends Provision> type,
            String code) {
        if (documentId == null || !kept.contains(documentId)) return null;
        return slotsOf.get(documentId).stream().anyMatch(s -> s.proves(type, code)) ? documentId : null;
    }
}
