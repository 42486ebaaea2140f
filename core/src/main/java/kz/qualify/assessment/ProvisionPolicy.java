package kz.qualify.assessment;

import java.util.ArrayList;
import java.util.stream.Collectors;
import kz.qualify.dossier.Document;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.LegalForm;
import kz.qualify.rules.Need;
import kz.qualify.rules.Provision;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;

/**
 * "Наличие": each need must be satisfied by one of its alternatives, with the evidence the law asks
 * for; then the documents the requirement lists must be there.
 */
final class ProvisionPolicy {

    private ProvisionPolicy() {}

    /** How well one alternative is satisfied; the best alternative decides the need. */
    enum Grade {
        SATISFIED(Status.MET),
        REVIEW(Status.NEEDS_REVIEW),
        MISSING_EVIDENCE(Status.MISSING_EVIDENCE),
        FAILING(Status.NOT_MET),
        ABSENT(Status.NOT_MET);

        final Status status;

        Grade(Status status) {
            this.status = status;
        }
    }

    record Outcome(Grade grade, String ref, String detail) {
        static Outcome absent(String detail) {
            return new Outcome(Grade.ABSENT, "", detail);
        }
    }

    static Finding evaluate(Requirement r, Rule.ProvisionRule rule, Evaluator.Context context) {
        var status = Status.MET;
        var figures = new ArrayList<String>();
        var issues = new ArrayList<Finding.Issue>();
        var remedies = new ArrayList<String>();
        for (var need : rule.needs()) {
            var best = best(need, context);
            if (best.grade() == Grade.ABSENT && need.absence() == Need.Absence.NEEDS_REVIEW) {
                best = new Outcome(
                        Grade.REVIEW,
                        "",
                        "absent; the law asks for it only in a case the dossier does not settle,"
                                + " so the officer judges whether it is needed");
            }
            status = status.worst(best.grade().status);
            figures.add(need.label() + ": " + describe(best));
            if (best.grade() != Grade.SATISFIED) {
                issues.add(new Finding.Issue(best.ref().isEmpty() ? need.label() : best.ref(), best.detail()));
                remedies.add(remedy(need, best, context));
            }
        }
        if (Documents.check(r, context, figures, issues, remedies)) status = status.worst(Status.MISSING_EVIDENCE);
        return Findings.of(r, status, summary(status, rule), figures, issues, remedies);
    }

    private static String summary(Status status, Rule.ProvisionRule rule) {
        return switch (status) {
            case MET -> "all " + rule.needs().size() + " needed item(s) are present with their evidence";
            case NOT_MET -> "something the clause requires is absent or fails";
            case MISSING_EVIDENCE -> "what the clause requires is stated, but evidence is missing";
            case NEEDS_REVIEW -> "present; a point needs the officer's judgment";
            case NOT_ELIGIBLE, NOT_APPLICABLE -> status.name();
        };
    }

    private static String describe(Outcome o) {
        return switch (o.grade()) {
            case SATISFIED -> "present (" + o.ref() + ")";
            case REVIEW -> "present (" + o.ref() + "), for review: " + o.detail();
            case MISSING_EVIDENCE -> "stated (" + o.ref() + "), evidence missing: " + o.detail();
            case FAILING -> "stated (" + o.ref() + ") but fails: " + o.detail();
            case ABSENT -> "absent";
        };
    }

    private static String remedy(Need need, Outcome best, Evaluator.Context context) {
        if (best.grade() == Grade.ABSENT) {
            var options = need.anyOf().stream()
                    .map(p -> kind(p) + " '" + context.label(p.code()) + "'")
                    .collect(Collectors.joining(" or "));
            return "provide " + options;
        }
        return best.ref() + ": " + best.detail();
    }

    private static String kind(Provision p) {
        return switch (p) {
            case Provision.Asset a -> "an asset";
            case Provision.Service s -> "a service or responsible person, with the order establishing it,";
            case Provision.Programme pr -> "an approved programme";
            case Provision.Contract c ->
                c.protocolOfIntentAccepted() ? "a contract or protocol of intent" : "a contract";
            case Provision.Permit pe -> "a licence or permit";
            case Provision.Document d -> "the document";
        };
    }

    static Outcome best(Need need, Evaluator.Context context) {
        Outcome best = null;
        for (var p : need.anyOf()) {
            var o = check(p, context);
            if (best == null || o.grade().ordinal() < best.grade().ordinal()) best = o;
            if (best.grade() == Grade.SATISFIED) break;
        }
        return best;
    }

    static Outcome check(Provision p, Evaluator.Context context) {
        var d = context.dossier();
        var asOf = context.asOf();
        var label = context.label(p.code());
        return switch (p) {
            case Provision.Asset a -> {
                Outcome best = Outcome.absent("no asset of category '" + label + "'");
                for (var asset : d.assets()) {
                    if (!asset.category().equals(a.code())) continue;
                    Outcome o;
                    if (asset.legalBasis() == null) {
                        o = new Outcome(
                                Grade.MISSING_EVIDENCE,
                                asset.ref(),
                                "the legal basis on which it is held is not stated");
                    } else if (d.document(asset.titleDocument()).isEmpty()) {
                        o = new Outcome(
                                Grade.MISSING_EVIDENCE,
                                asset.ref(),
                                "no copy of the title document (правоустанавливающий документ) is attached");
                    } else {
                        o = new Outcome(Grade.SATISFIED, asset.ref(), "held on " + asset.legalBasis());
                    }
                    best = better(best, o);
                }
                yield best;
            }
            case Provision.Service s -> {
                Outcome best = Outcome.absent("no service or responsible person for '" + label + "'");
                for (var unit : d.services()) {
                    if (!unit.function().equals(s.code())) continue;
                    Outcome o;
                    var order = unit.order();
                    if (order == null) {
                        o = new Outcome(Grade.MISSING_EVIDENCE, unit.ref(), "no order establishing it is given");
                    } else if (order.date().isAfter(asOf)) {
                        o = new Outcome(
                                Grade.FAILING,
                                unit.ref(),
                                "the order № " + order.number() + " is dated " + order.date() + ", after " + asOf);
                    } else if (d.document(order.document()).isEmpty()) {
                        o = new Outcome(
                                Grade.MISSING_EVIDENCE,
                                unit.ref(),
                                "no copy of order № " + order.number() + " is attached");
                    } else {
                        o = new Outcome(
                                Grade.SATISFIED, unit.ref(), "order № " + order.number() + " of " + order.date());
                    }
                    best = better(best, o);
                }
                yield best;
            }
            case Provision.Programme pr -> {
                Outcome best = Outcome.absent("no programme or plan '" + label + "'");
                for (var prog : d.programmes()) {
                    if (!prog.kind().equals(pr.code())) continue;
                    Outcome o;
                    if (prog.approvedOn() == null) {
                        o = new Outcome(
                                Grade.FAILING, prog.ref(), "not approved (утверждённых в установленном порядке)");
                    } else if (prog.approvedOn().isAfter(asOf)) {
                        o = new Outcome(
                                Grade.FAILING, prog.ref(), "approved on " + prog.approvedOn() + ", after " + asOf);
                    } else if (d.document(prog.document()).isEmpty()) {
                        o = new Outcome(
                                Grade.MISSING_EVIDENCE, prog.ref(), "no copy of the approved programme is attached");
                    } else if (pr.onSchedule() && prog.onSchedule() == null) {
                        o = new Outcome(
                                Grade.REVIEW,
                                prog.ref(),
                                "whether it is implemented on schedule (реализуемых в соответствии с графиками) is not stated");
                    } else if (pr.onSchedule() && !prog.onSchedule()) {
                        o = new Outcome(Grade.FAILING, prog.ref(), "not implemented on schedule");
                    } else {
                        o = new Outcome(Grade.SATISFIED, prog.ref(), "approved " + prog.approvedOn());
                    }
                    best = better(best, o);
                }
                yield best;
            }
            case Provision.Contract c -> {
                Outcome best = Outcome.absent("no contract '" + label + "'");
                for (var contract : d.contracts()) {
                    if (!contract.kind().equals(c.code())) continue;
                    Outcome o;
                    if (contract.protocolOfIntent() && !c.protocolOfIntentAccepted()) {
                        o = new Outcome(
                                Grade.FAILING,
                                contract.ref(),
                                "a protocol of intent is not accepted here: a contract is required");
                    } else if (contract.date() != null && contract.date().isAfter(asOf)) {
                        o = new Outcome(
                                Grade.FAILING, contract.ref(), "signed on " + contract.date() + ", after " + asOf);
                    } else if (contract.validUntil() != null
                            && contract.validUntil().isBefore(asOf)) {
                        o = new Outcome(Grade.FAILING, contract.ref(), "expired on " + contract.validUntil());
                    } else if (d.document(contract.document()).isEmpty()) {
                        o = new Outcome(Grade.MISSING_EVIDENCE, contract.ref(), "no copy of it is attached");
                    } else if (c.backupSupply() && contract.backupSupply() == null) {
                        o = new Outcome(
                                Grade.REVIEW,
                                contract.ref(),
                                "whether it provides backup supply in case of accidents (резервное замещение) is not stated");
                    } else if (c.backupSupply() && !contract.backupSupply()) {
                        o = new Outcome(
                                Grade.FAILING,
                                contract.ref(),
                                "it does not provide backup supply in case of accidents");
                    } else {
                        o = new Outcome(Grade.SATISFIED, contract.ref(), "with " + contract.counterparty());
                    }
                    best = better(best, o);
                }
                yield best;
            }
            case Provision.Permit pe -> {
                Outcome best = Outcome.absent("no licence or permit '" + label + "'");
                for (var permit : d.permits()) {
                    if (!permit.kind().equals(pe.code())) continue;
                    Outcome o;
                    if (permit.validUntil() != null && permit.validUntil().isBefore(asOf)) {
                        o = new Outcome(Grade.FAILING, permit.ref(), "expired on " + permit.validUntil());
                    } else if (permit.issuedOn() != null && permit.issuedOn().isAfter(asOf)) {
                        o = new Outcome(
                                Grade.FAILING, permit.ref(), "issued on " + permit.issuedOn() + ", after " + asOf);
                    } else if (d.document(permit.document()).isEmpty()) {
                        o = new Outcome(Grade.MISSING_EVIDENCE, permit.ref(), "no copy of it is attached");
                    } else {
                        o = new Outcome(Grade.SATISFIED, permit.ref(), "№ " + permit.number());
                    }
                    best = better(best, o);
                }
                yield best;
            }
            case Provision.Document doc -> {
                Outcome best = Outcome.absent("no document '" + label + "'");
                for (var document : d.documents()) {
                    if (!document.kind().equals(doc.code())) continue;
                    best = better(
                            best,
                            doc.certifiedByHead()
                                    ? certification(document, d)
                                    : new Outcome(Grade.SATISFIED, document.id(), document.title()));
                }
                yield best;
            }
        };
    }

    /**
     * Item 3 subitem 1: "заверенного печатью и подписью первого руководителя заявителя или лица, его
     * замещающего - для юридических лиц, подписью заявителя - для физических лиц". Branches and
     * representative offices are treated as the legal entity they belong to.
     */
    private static Outcome certification(Document document, Dossier d) {
        var signer = document.signedBy();
        boolean individual = d.applicant().legalForm() == LegalForm.INDIVIDUAL_ENTREPRENEUR;
        if (signer == null) {
            return new Outcome(Grade.MISSING_EVIDENCE, document.id(), "who signed it is not stated");
        }
        if (individual) {
            return signer == Document.Signatory.APPLICANT || signer == Document.Signatory.FIRST_HEAD
                    ? new Outcome(Grade.SATISFIED, document.id(), "signed by the applicant")
                    : new Outcome(
                            Grade.FAILING, document.id(), "must be signed by the applicant, was signed by " + signer);
        }
        if (signer != Document.Signatory.FIRST_HEAD && signer != Document.Signatory.ACTING_HEAD) {
            return new Outcome(
                    Grade.FAILING,
                    document.id(),
                    "must be signed by the first head or the person acting for them, was signed by " + signer);
        }
        if (!document.sealed()) {
            return new Outcome(Grade.FAILING, document.id(), "must bear the seal of the legal entity");
        }
        return new Outcome(Grade.SATISFIED, document.id(), "signed by " + signer + " and sealed");
    }

    private static Outcome better(Outcome a, Outcome b) {
        return b.grade().ordinal() < a.grade().ordinal() ? b : a;
    }
}
