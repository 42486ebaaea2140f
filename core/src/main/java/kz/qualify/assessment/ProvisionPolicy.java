package kz.qualify.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import kz.qualify.dossier.Asset;
import kz.qualify.dossier.Contract;
import kz.qualify.dossier.Document;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.Permit;
import kz.qualify.dossier.Programme;
import kz.qualify.dossier.ServiceUnit;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.Need;
import kz.qualify.rules.Provision;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;
import org.jspecify.annotations.Nullable;

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

    /**
     * One alternative judged.
     *
     * @param ref the dossier's item that was judged ("" when there was none)
     * @param detail what was found: why it fails, or what satisfies it
     */
    record Outcome(Grade grade, String ref, Message detail) {
        static Outcome absent(Message detail) {
            return new Outcome(Grade.ABSENT, "", detail);
        }
    }

    private static final Message ABSENT_FOR_REVIEW = Message.of("issue.provision.absentForReview");

    static Finding evaluate(Requirement r, Rule.ProvisionRule rule, Evaluator.Context context) {
        var status = Status.MET;
        var figures = new ArrayList<Message>();
        var issues = new ArrayList<Finding.Issue>();
        var remedies = new ArrayList<Message>();
        var needs = rule.needs();
        for (int i = 0; i < needs.size(); i++) {
            var need = needs.get(i);
            var best = decide(need, context);
            status = status.worst(best.grade().status);
            figures.add(figure(needId(r, i), best));
            if (best.grade() != Grade.SATISFIED) {
                issues.add(new Finding.Issue(best.ref().isEmpty() ? need.label() : best.ref(), best.detail()));
                remedies.add(remedy(need, best));
            }
        }
        if (Documents.check(r, context, figures, issues, remedies)) status = status.worst(Status.MISSING_EVIDENCE);
        return Findings.of(r, status, summary(status, rule), figures, issues, remedies);
    }

    /** A need's id in the edition's glossary: the requirement's id and the need's place, from 1 ("1.1/2"). */
    static String needId(Requirement r, int index) {
        return r.id() + "/" + (index + 1);
    }

    /**
     * How a need stands: its best alternative, except that an absence the law may not ask about
     * (the need is for a case the dossier does not settle) goes to the officer rather than failing.
     */
    static Outcome decide(Need need, Evaluator.Context context) {
        var best = best(need, context);
        if (best.grade() == Grade.ABSENT && need.absence() == Need.Absence.NEEDS_REVIEW) {
            return new Outcome(Grade.REVIEW, "", ABSENT_FOR_REVIEW);
        }
        return best;
    }

    static Message summary(Status status, Rule.ProvisionRule rule) {
        return switch (status) {
            case MET ->
                Message.of(
                        "finding.provision.MET", Arg.count("needs", rule.needs().size()));
            case NOT_MET -> Message.of("finding.provision.NOT_MET");
            case MISSING_EVIDENCE -> Message.of("finding.provision.MISSING_EVIDENCE");
            case NEEDS_REVIEW -> Message.of("finding.provision.NEEDS_REVIEW");
            // a grade is never outside the licence's scope, and an inapplicable requirement is not judged
            case NOT_ELIGIBLE, NOT_APPLICABLE ->
                throw new IllegalStateException("a provision is never judged " + status);
        };
    }

    /** The figure of one need: how its best alternative stands, and the item that stands so. */
    static Message figure(String needId, Outcome o) {
        var need = Arg.need("need", needId);
        var ref = Arg.text("ref", o.ref());
        var detail = Arg.message("detail", o.detail());
        return switch (o.grade()) {
            case SATISFIED -> Message.of("figure.provision.SATISFIED", need, ref);
            // a need absent where the law may not ask for it has no ref: it is not "present"
            case REVIEW ->
                o.ref().isEmpty()
                        ? Message.of("figure.provision.REVIEW.absent", need, detail)
                        : Message.of("figure.provision.REVIEW", need, ref, detail);
            case MISSING_EVIDENCE -> Message.of("figure.provision.MISSING_EVIDENCE", need, ref, detail);
            case FAILING -> Message.of("figure.provision.FAILING", need, ref, detail);
            case ABSENT -> Message.of("figure.provision.ABSENT", need);
        };
    }

    /** Provide one of the alternatives where none is there; otherwise mend the best one. */
    static Message remedy(Need need, Outcome best) {
        if (best.grade() == Grade.ABSENT) {
            var options = new ArrayList<Arg>(need.anyOf().size());
            for (var p : need.anyOf()) options.add(Arg.message("option", option(p)));
            return Message.of("remedy.provision.provide", Arg.items("options", "list.or", options));
        }
        return Message.of("remedy.provision.mend", Arg.text("ref", best.ref()), Arg.message("detail", best.detail()));
    }

    /** One way to satisfy a need, as the remedy names it: "an asset 'X'", in Russian "имущество «X»". */
    static Message option(Provision p) {
        var code = Arg.code("code", p.code());
        return switch (p) {
            case Provision.Asset a -> Message.of("remedy.provision.option.asset", code);
            case Provision.Service s -> Message.of("remedy.provision.option.service", code);
            case Provision.Programme pr -> Message.of("remedy.provision.option.programme", code);
            case Provision.Contract c ->
                Message.of(
                        c.protocolOfIntentAccepted()
                                ? "remedy.provision.option.contractOrProtocol"
                                : "remedy.provision.option.contract",
                        code);
            case Provision.Permit pe -> Message.of("remedy.provision.option.permit", code);
            case Provision.Document d -> Message.of("remedy.provision.option.document", code);
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

    /** The best of the dossier's items of the provision's kind and code, each judged by its rule. */
    static Outcome check(Provision p, Evaluator.Context context) {
        var d = context.dossier();
        var asOf = context.asOf();
        // the absence is said only where nothing of the kind is there: most provisions are present
        Outcome best = null;
        switch (p) {
            case Provision.Asset a -> {
                for (var asset : d.assets()) {
                    if (asset.category().equals(a.code())) best = better(best, heldLawfully(asset, d));
                }
            }
            case Provision.Service s -> {
                for (var unit : d.services()) {
                    if (unit.function().equals(s.code())) best = better(best, established(unit, d, asOf));
                }
            }
            case Provision.Programme pr -> {
                for (var prog : d.programmes()) {
                    if (prog.kind().equals(pr.code())) best = better(best, approved(prog, pr, d, asOf));
                }
            }
            case Provision.Contract c -> {
                for (var contract : d.contracts()) {
                    if (contract.kind().equals(c.code())) best = better(best, concluded(contract, c, d, asOf));
                }
            }
            case Provision.Permit pe -> {
                for (var permit : d.permits()) {
                    if (permit.kind().equals(pe.code())) best = better(best, valid(permit, d, asOf));
                }
            }
            case Provision.Document doc -> {
                for (var document : d.documents()) {
                    if (document.kind().equals(doc.code())) best = better(best, presented(document, doc, d));
                }
            }
        }
        return best == null ? absent(p) : best;
    }

    /** What is said when the dossier has nothing of the provision's kind and code. */
    static Outcome absent(Provision p) {
        var key = switch (p) {
            case Provision.Asset a -> "issue.provision.absent.asset";
            case Provision.Service s -> "issue.provision.absent.service";
            case Provision.Programme pr -> "issue.provision.absent.programme";
            case Provision.Contract c -> "issue.provision.absent.contract";
            case Provision.Permit pe -> "issue.provision.absent.permit";
            case Provision.Document doc -> "issue.provision.absent.document";
        };
        return Outcome.absent(Message.of(key, Arg.code("code", p.code())));
    }

    /** Property held on a legal basis: the basis stated, a copy of the title document attached. */
    static Outcome heldLawfully(Asset asset, Dossier d) {
        if (asset.legalBasis() == null) {
            return new Outcome(Grade.MISSING_EVIDENCE, asset.ref(), Message.of("issue.provision.asset.noBasis"));
        }
        if (d.document(asset.titleDocument()).isEmpty()) {
            return new Outcome(Grade.MISSING_EVIDENCE, asset.ref(), Message.of("issue.provision.asset.noTitleCopy"));
        }
        return new Outcome(
                Grade.SATISFIED,
                asset.ref(),
                Message.of("outcome.provision.asset.heldOn", Arg.label("basis", asset.legalBasis())));
    }

    /** A service or responsible person: established by an order dated by the assessment, whose copy is attached. */
    static Outcome established(ServiceUnit unit, Dossier d, LocalDate asOf) {
        var order = unit.order();
        if (order == null) {
            return new Outcome(Grade.MISSING_EVIDENCE, unit.ref(), Message.of("issue.provision.service.noOrder"));
        }
        var number = Arg.text("number", order.number());
        if (order.date().isAfter(asOf)) {
            return new Outcome(
                    Grade.FAILING,
                    unit.ref(),
                    Message.of(
                            "issue.provision.service.orderAfter",
                            number,
                            Arg.date("date", order.date()),
                            Arg.date("asOf", asOf)));
        }
        if (d.document(order.document()).isEmpty()) {
            return new Outcome(
                    Grade.MISSING_EVIDENCE, unit.ref(), Message.of("issue.provision.service.noOrderCopy", number));
        }
        return new Outcome(
                Grade.SATISFIED,
                unit.ref(),
                Message.of("outcome.provision.service.order", number, Arg.date("date", order.date())));
    }

    /**
     * A programme or plan "утвержденных в установленном порядке" (and, where the clause says so,
     * "реализуемых в соответствии с графиками"): approved by the assessment, its copy attached.
     */
    static Outcome approved(Programme prog, Provision.Programme pr, Dossier d, LocalDate asOf) {
        if (prog.approvedOn() == null) {
            return new Outcome(Grade.FAILING, prog.ref(), Message.of("issue.provision.programme.notApproved"));
        }
        var approvedOn = Arg.date("date", prog.approvedOn());
        if (prog.approvedOn().isAfter(asOf)) {
            return new Outcome(
                    Grade.FAILING,
                    prog.ref(),
                    Message.of("issue.provision.programme.approvedAfter", approvedOn, Arg.date("asOf", asOf)));
        }
        if (d.document(prog.document()).isEmpty()) {
            return new Outcome(Grade.MISSING_EVIDENCE, prog.ref(), Message.of("issue.provision.programme.noCopy"));
        }
        if (pr.onSchedule() && prog.onSchedule() == null) {
            return new Outcome(Grade.REVIEW, prog.ref(), Message.of("issue.provision.programme.scheduleNotStated"));
        }
        if (pr.onSchedule() && !prog.onSchedule()) {
            return new Outcome(Grade.FAILING, prog.ref(), Message.of("issue.provision.programme.offSchedule"));
        }
        return new Outcome(Grade.SATISFIED, prog.ref(), Message.of("outcome.provision.programme.approved", approvedOn));
    }

    /**
     * A contract (or, where the clause accepts one, a protocol of intent): signed by the assessment,
     * still in force, its copy attached, and providing backup supply where the clause asks for it.
     */
    static Outcome concluded(Contract contract, Provision.Contract c, Dossier d, LocalDate asOf) {
        if (contract.protocolOfIntent() && !c.protocolOfIntentAccepted()) {
            return new Outcome(
                    Grade.FAILING, contract.ref(), Message.of("issue.provision.contract.protocolNotAccepted"));
        }
        if (contract.date() != null && contract.date().isAfter(asOf)) {
            return new Outcome(
                    Grade.FAILING,
                    contract.ref(),
                    Message.of(
                            "issue.provision.contract.signedAfter",
                            Arg.date("date", contract.date()),
                            Arg.date("asOf", asOf)));
        }
        if (contract.validUntil() != null && contract.validUntil().isBefore(asOf)) {
            return new Outcome(Grade.FAILING, contract.ref(), expired(contract.validUntil()));
        }
        if (d.document(contract.document()).isEmpty()) {
            return new Outcome(Grade.MISSING_EVIDENCE, contract.ref(), NO_COPY);
        }
        if (c.backupSupply() && contract.backupSupply() == null) {
            return new Outcome(Grade.REVIEW, contract.ref(), Message.of("issue.provision.contract.backupNotStated"));
        }
        if (c.backupSupply() && !contract.backupSupply()) {
            return new Outcome(Grade.FAILING, contract.ref(), Message.of("issue.provision.contract.noBackup"));
        }
        return new Outcome(
                Grade.SATISFIED,
                contract.ref(),
                Message.of("outcome.provision.contract.with", Arg.text("counterparty", contract.counterparty())));
    }

    /** A licence or permit: in force on the assessment date, issued by then, its copy attached. */
    static Outcome valid(Permit permit, Dossier d, LocalDate asOf) {
        if (permit.validUntil() != null && permit.validUntil().isBefore(asOf)) {
            return new Outcome(Grade.FAILING, permit.ref(), expired(permit.validUntil()));
        }
        if (permit.issuedOn() != null && permit.issuedOn().isAfter(asOf)) {
            return new Outcome(
                    Grade.FAILING,
                    permit.ref(),
                    Message.of(
                            "issue.provision.permit.issuedAfter",
                            Arg.date("date", permit.issuedOn()),
                            Arg.date("asOf", asOf)));
        }
        if (d.document(permit.document()).isEmpty()) {
            return new Outcome(Grade.MISSING_EVIDENCE, permit.ref(), NO_COPY);
        }
        return new Outcome(
                Grade.SATISFIED,
                permit.ref(),
                Message.of("outcome.provision.permit.number", Arg.text("number", permit.number())));
    }

    /** A document the clause asks for: present, and certified by the head where the clause says so. */
    static Outcome presented(Document document, Provision.Document doc, Dossier d) {
        return doc.certifiedByHead()
                ? certification(document, d)
                : new Outcome(
                        Grade.SATISFIED,
                        document.id(),
                        Message.of("outcome.provision.document.title", Arg.text("title", document.title())));
    }

    private static final Message NO_COPY = Message.of("issue.provision.noCopy");

    private static Message expired(LocalDate on) {
        return Message.of("issue.provision.expired", Arg.date("date", on));
    }

    /**
     * Item 3 subitem 1: "заверенного печатью и подписью первого руководителя заявителя или лица, его
     * замещающего - для юридических лиц, подписью заявителя - для физических лиц". Branches and
     * representative offices are treated as the legal entity they belong to.
     */
    static Outcome certification(Document document, Dossier d) {
        var signer = document.signedBy();
        if (signer == null) {
            return new Outcome(
                    Grade.MISSING_EVIDENCE, document.id(), Message.of("issue.provision.document.signerNotStated"));
        }
        var signedBy = Arg.label("signer", signer);
        if (d.applicant().legalForm() == LegalForm.INDIVIDUAL_ENTREPRENEUR) {
            return signer == Document.Signatory.APPLICANT || signer == Document.Signatory.FIRST_HEAD
                    ? new Outcome(
                            Grade.SATISFIED, document.id(), Message.of("outcome.provision.document.signedByApplicant"))
                    : new Outcome(
                            Grade.FAILING,
                            document.id(),
                            Message.of("issue.provision.document.notSignedByApplicant", signedBy));
        }
        if (signer != Document.Signatory.FIRST_HEAD && signer != Document.Signatory.ACTING_HEAD) {
            return new Outcome(
                    Grade.FAILING, document.id(), Message.of("issue.provision.document.notSignedByHead", signedBy));
        }
        if (!document.sealed()) {
            return new Outcome(Grade.FAILING, document.id(), Message.of("issue.provision.document.notSealed"));
        }
        return new Outcome(
                Grade.SATISFIED, document.id(), Message.of("outcome.provision.document.signedAndSealed", signedBy));
    }

    private static Outcome better(@Nullable Outcome a, Outcome b) {
        return a == null || b.grade().ordinal() < a.grade().ordinal() ? b : a;
    }
}
