package kz.qualify.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import kz.qualify.dossier.Asset;
import kz.qualify.dossier.Contract;
import kz.qualify.dossier.Document;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.LegalBasis;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.Permit;
import kz.qualify.dossier.Programme;
import kz.qualify.dossier.ServiceUnit;
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

    record Outcome(Grade grade, String ref, Text detail) {
        static Outcome absent(Text detail) {
            return new Outcome(Grade.ABSENT, "", detail);
        }
    }

    static Finding evaluate(Requirement r, Rule.ProvisionRule rule, Evaluator.Context context) {
        var status = Status.MET;
        var figures = new ArrayList<Text>();
        var issues = new ArrayList<Finding.Issue>();
        var remedies = new ArrayList<Text>();
        for (var need : rule.needs()) {
            var best = decide(need, context);
            status = status.worst(best.grade().status);
            figures.add(Text.same(need.label() + ": ").plus(describe(best)));
            if (best.grade() != Grade.SATISFIED) {
                issues.add(Finding.Issue.of(best.ref().isEmpty() ? need.label() : best.ref(), best.detail()));
                remedies.add(remedy(need, best, context));
            }
        }
        if (Documents.check(r, context, figures, issues, remedies)) status = status.worst(Status.MISSING_EVIDENCE);
        return Findings.of(r, status, summary(status, rule), figures, issues, remedies);
    }

    /**
     * How a need stands: its best alternative, except that an absence the law may not ask about
     * (the need is for a case the dossier does not settle) goes to the officer rather than failing.
     */
    static Outcome decide(Need need, Evaluator.Context context) {
        var best = best(need, context);
        if (best.grade() == Grade.ABSENT && need.absence() == Need.Absence.NEEDS_REVIEW) {
            return new Outcome(
                    Grade.REVIEW,
                    "",
                    Text.of(
                            "absent; the law asks for it only in a case the dossier does not settle,"
                                    + " so the officer judges whether it is needed",
                            "отсутствует; закон требует этого лишь в случае, который по досье не установить,"
                                    + " поэтому необходимость определяет должностное лицо лицензиара"));
        }
        return best;
    }

    private static Text summary(Status status, Rule.ProvisionRule rule) {
        int needs = rule.needs().size();
        return switch (status) {
            case MET ->
                Text.of(
                        "all " + needs + " needed item(s) are present with their evidence",
                        "все требуемые позиции (" + needs + ") имеются и подтверждены");
            case NOT_MET ->
                Text.of(
                        "something the clause requires is absent or fails",
                        "требуемое пунктом отсутствует или не соответствует требованиям");
            case MISSING_EVIDENCE ->
                Text.of(
                        "what the clause requires is stated, but evidence is missing",
                        "требуемое пунктом заявлено, но не хватает подтверждения");
            case NEEDS_REVIEW ->
                Text.of(
                        "present; a point needs the officer's judgment",
                        "имеется; один из вопросов решается на усмотрение должностного лица лицензиара");
            case NOT_ELIGIBLE, NOT_APPLICABLE -> Text.same(status.name());
        };
    }

    private static Text describe(Outcome o) {
        var ref = o.ref();
        return switch (o.grade()) {
            case SATISFIED -> Text.of("present (" + ref + ")", "имеется (" + ref + ")");
            // a need absent where the law may not ask for it has no ref: it is not "present"
            case REVIEW ->
                (ref.isEmpty()
                                ? Text.of("for review: ", "на рассмотрение должностного лица: ")
                                : Text.of(
                                        "present (" + ref + "), for review: ",
                                        "имеется (" + ref + "), на рассмотрение должностного лица: "))
                        .plus(o.detail());
            case MISSING_EVIDENCE ->
                Text.of(
                                "stated (" + ref + "), evidence missing: ",
                                "заявлено (" + ref + "), не хватает подтверждения: ")
                        .plus(o.detail());
            case FAILING ->
                Text.of("stated (" + ref + ") but fails: ", "заявлено (" + ref + "), но не соответствует: ")
                        .plus(o.detail());
            case ABSENT -> Text.of("absent", "отсутствует");
        };
    }

    private static Text remedy(Need need, Outcome best, Evaluator.Context context) {
        if (best.grade() == Grade.ABSENT) {
            var options = need.anyOf().stream().map(p -> option(p, context)).toList();
            return Text.of("provide ", "представьте ").plus(Text.join(Text.of(" or ", " или "), options));
        }
        return Text.same(best.ref() + ": ").plus(best.detail());
    }

    /** One way to satisfy a need, as the remedy names it: "an asset 'X'", in Russian "имущество «X»". */
    private static Text option(Provision p, Evaluator.Context context) {
        var name = quoted(p.code(), context);
        return switch (p) {
            case Provision.Asset a -> Text.of("an asset ", "имущество ").plus(name);
            // Russian puts the order after the name; English keeps its old wording before it.
            case Provision.Service s ->
                Text.of(
                                "a service or responsible person, with the order establishing it, ",
                                "службу или ответственное лицо по направлению ")
                        .plus(name)
                        .plus(Text.of("", " с приказом о создании (назначении)"));
            case Provision.Programme pr ->
                Text.of("an approved programme ", "утверждённую программу ").plus(name);
            case Provision.Contract c ->
                (c.protocolOfIntentAccepted()
                                ? Text.of("a contract or protocol of intent ", "договор или протокол намерений ")
                                : Text.of("a contract ", "договор "))
                        .plus(name);
            case Provision.Permit pe ->
                Text.of("a licence or permit ", "лицензию или разрешение ").plus(name);
            case Provision.Document d -> Text.of("the document ", "документ ").plus(name);
        };
    }

    /** A vocabulary name in quotes: English keeps the old "'ru / en'", Russian reads «ru». */
    private static Text quoted(String code, Evaluator.Context context) {
        return Text.of("'" + context.label(code) + "'", context.quotedRu(code));
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
        var absent = absent(p, quoted(p.code(), context));
        return switch (p) {
            case Provision.Asset a -> {
                var best = absent;
                for (var asset : d.assets()) {
                    if (asset.category().equals(a.code())) best = better(best, heldLawfully(asset, d));
                }
                yield best;
            }
            case Provision.Service s -> {
                var best = absent;
                for (var unit : d.services()) {
                    if (unit.function().equals(s.code())) best = better(best, established(unit, d, asOf));
                }
                yield best;
            }
            case Provision.Programme pr -> {
                var best = absent;
                for (var prog : d.programmes()) {
                    if (prog.kind().equals(pr.code())) best = better(best, approved(prog, pr, d, asOf));
                }
                yield best;
            }
            case Provision.Contract c -> {
                var best = absent;
                for (var contract : d.contracts()) {
                    if (contract.kind().equals(c.code())) best = better(best, concluded(contract, c, d, asOf));
                }
                yield best;
            }
            case Provision.Permit pe -> {
                var best = absent;
                for (var permit : d.permits()) {
                    if (permit.kind().equals(pe.code())) best = better(best, valid(permit, d, asOf));
                }
                yield best;
            }
            case Provision.Document doc -> {
                var best = absent;
                for (var document : d.documents()) {
                    if (document.kind().equals(doc.code())) best = better(best, presented(document, doc, d));
                }
                yield best;
            }
        };
    }

    /** What is said when the dossier has nothing of the provision's kind and code. */
    static Outcome absent(Provision p, Text name) {
        var none = switch (p) {
            case Provision.Asset a -> Text.of("no asset of category ", "нет имущества категории ");
            case Provision.Service s ->
                Text.of("no service or responsible person for ", "нет службы или ответственного лица по направлению ");
            case Provision.Programme pr -> Text.of("no programme or plan ", "нет программы или плана ");
            case Provision.Contract c -> Text.of("no contract ", "нет договора ");
            case Provision.Permit pe -> Text.of("no licence or permit ", "нет лицензии или разрешения ");
            case Provision.Document doc -> Text.of("no document ", "нет документа ");
        };
        return Outcome.absent(none.plus(name));
    }

    /** Property held on a legal basis: the basis stated, a copy of the title document attached. */
    static Outcome heldLawfully(Asset asset, Dossier d) {
        if (asset.legalBasis() == null) {
            return new Outcome(
                    Grade.MISSING_EVIDENCE,
                    asset.ref(),
                    Text.of(
                            "the legal basis on which it is held is not stated",
                            "не указано законное основание владения"));
        }
        if (d.document(asset.titleDocument()).isEmpty()) {
            return new Outcome(
                    Grade.MISSING_EVIDENCE,
                    asset.ref(),
                    Text.of(
                            "no copy of the title document (правоустанавливающий документ) is attached",
                            "не приложена копия правоустанавливающего документа"));
        }
        return new Outcome(
                Grade.SATISFIED,
                asset.ref(),
                Text.of("held on " + asset.legalBasis(), "законное основание: " + russian(asset.legalBasis())));
    }

    /** A service or responsible person: established by an order dated by the assessment, whose copy is attached. */
    static Outcome established(ServiceUnit unit, Dossier d, LocalDate asOf) {
        var order = unit.order();
        if (order == null) {
            return new Outcome(
                    Grade.MISSING_EVIDENCE,
                    unit.ref(),
                    Text.of("no order establishing it is given", "не указан приказ о создании (назначении)"));
        }
        if (order.date().isAfter(asOf)) {
            return new Outcome(
                    Grade.FAILING,
                    unit.ref(),
                    Text.of(
                            "the order № " + order.number() + " is dated " + order.date() + ", after " + asOf,
                            "приказ № " + order.number() + " датирован " + order.date() + ", позже " + asOf));
        }
        if (d.document(order.document()).isEmpty()) {
            return new Outcome(
                    Grade.MISSING_EVIDENCE,
                    unit.ref(),
                    Text.of(
                            "no copy of order № " + order.number() + " is attached",
                            "не приложена копия приказа № " + order.number()));
        }
        return new Outcome(
                Grade.SATISFIED,
                unit.ref(),
                Text.of(
                        "order № " + order.number() + " of " + order.date(),
                        "приказ № " + order.number() + " от " + order.date()));
    }

    /**
     * A programme or plan "утвержденных в установленном порядке" (and, where the clause says so,
     * "реализуемых в соответствии с графиками"): approved by the assessment, its copy attached.
     */
    static Outcome approved(Programme prog, Provision.Programme pr, Dossier d, LocalDate asOf) {
        if (prog.approvedOn() == null) {
            return new Outcome(
                    Grade.FAILING,
                    prog.ref(),
                    Text.of(
                            "not approved (утверждённых в установленном порядке)",
                            "отсутствует утверждение в установленном порядке"));
        }
        if (prog.approvedOn().isAfter(asOf)) {
            return new Outcome(
                    Grade.FAILING,
                    prog.ref(),
                    Text.of(
                            "approved on " + prog.approvedOn() + ", after " + asOf,
                            "дата утверждения " + prog.approvedOn() + ", позже " + asOf));
        }
        if (d.document(prog.document()).isEmpty()) {
            return new Outcome(
                    Grade.MISSING_EVIDENCE,
                    prog.ref(),
                    Text.of(
                            "no copy of the approved programme is attached",
                            "не приложена копия утверждённой программы"));
        }
        if (pr.onSchedule() && prog.onSchedule() == null) {
            return new Outcome(
                    Grade.REVIEW,
                    prog.ref(),
                    Text.of(
                            "whether it is implemented on schedule (реализуемых в соответствии с графиками)"
                                    + " is not stated",
                            "не указано, реализуется ли в соответствии с графиками"));
        }
        if (pr.onSchedule() && !prog.onSchedule()) {
            return new Outcome(
                    Grade.FAILING,
                    prog.ref(),
                    Text.of("not implemented on schedule", "не реализуется в соответствии с графиками"));
        }
        return new Outcome(
                Grade.SATISFIED,
                prog.ref(),
                Text.of("approved " + prog.approvedOn(), "дата утверждения " + prog.approvedOn()));
    }

    /**
     * A contract (or, where the clause accepts one, a protocol of intent): signed by the assessment,
     * still in force, its copy attached, and providing backup supply where the clause asks for it.
     */
    static Outcome concluded(Contract contract, Provision.Contract c, Dossier d, LocalDate asOf) {
        if (contract.protocolOfIntent() && !c.protocolOfIntentAccepted()) {
            return new Outcome(
                    Grade.FAILING,
                    contract.ref(),
                    Text.of(
                            "a protocol of intent is not accepted here: a contract is required",
                            "протокол намерений здесь не принимается: требуется договор"));
        }
        if (contract.date() != null && contract.date().isAfter(asOf)) {
            return new Outcome(
                    Grade.FAILING,
                    contract.ref(),
                    Text.of(
                            "signed on " + contract.date() + ", after " + asOf,
                            "подписан " + contract.date() + ", позже " + asOf));
        }
        if (contract.validUntil() != null && contract.validUntil().isBefore(asOf)) {
            return new Outcome(Grade.FAILING, contract.ref(), expired(contract.validUntil()));
        }
        if (d.document(contract.document()).isEmpty()) {
            return new Outcome(Grade.MISSING_EVIDENCE, contract.ref(), noCopy());
        }
        if (c.backupSupply() && contract.backupSupply() == null) {
            return new Outcome(
                    Grade.REVIEW,
                    contract.ref(),
                    Text.of(
                            "whether it provides backup supply in case of accidents (резервное замещение)"
                                    + " is not stated",
                            "не указано, предусматривает ли договор резервное замещение на случай аварий"));
        }
        if (c.backupSupply() && !contract.backupSupply()) {
            return new Outcome(
                    Grade.FAILING,
                    contract.ref(),
                    Text.of(
                            "it does not provide backup supply in case of accidents",
                            "договор не предусматривает резервного замещения на случай аварий"));
        }
        return new Outcome(
                Grade.SATISFIED,
                contract.ref(),
                Text.of("with " + contract.counterparty(), "контрагент: " + contract.counterparty()));
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
                    Text.of(
                            "issued on " + permit.issuedOn() + ", after " + asOf,
                            "дата выдачи " + permit.issuedOn() + ", позже " + asOf));
        }
        if (d.document(permit.document()).isEmpty()) {
            return new Outcome(Grade.MISSING_EVIDENCE, permit.ref(), noCopy());
        }
        return new Outcome(Grade.SATISFIED, permit.ref(), Text.same("№ " + permit.number()));
    }

    /** A document the clause asks for: present, and certified by the head where the clause says so. */
    static Outcome presented(Document document, Provision.Document doc, Dossier d) {
        return doc.certifiedByHead()
                ? certification(document, d)
                : new Outcome(Grade.SATISFIED, document.id(), Text.same(document.title()));
    }

    private static Text expired(LocalDate on) {
        return Text.of("expired on " + on, "срок действия истёк " + on);
    }

    private static Text noCopy() {
        return Text.of("no copy of it is attached", "копия не приложена");
    }

    /**
     * Item 3 subitem 1: "заверенного печатью и подписью первого руководителя заявителя или лица, его
     * замещающего - для юридических лиц, подписью заявителя - для физических лиц". Branches and
     * representative offices are treated as the legal entity they belong to.
     */
    static Outcome certification(Document document, Dossier d) {
        var signer = document.signedBy();
        boolean individual = d.applicant().legalForm() == LegalForm.INDIVIDUAL_ENTREPRENEUR;
        if (signer == null) {
            return new Outcome(
                    Grade.MISSING_EVIDENCE,
                    document.id(),
                    Text.of("who signed it is not stated", "не указано, кем подписан"));
        }
        if (individual) {
            return signer == Document.Signatory.APPLICANT || signer == Document.Signatory.FIRST_HEAD
                    ? new Outcome(
                            Grade.SATISFIED, document.id(), Text.of("signed by the applicant", "подписан заявителем"))
                    : new Outcome(
                            Grade.FAILING,
                            document.id(),
                            Text.of(
                                    "must be signed by the applicant, was signed by " + signer,
                                    "должен быть подписан заявителем, подписан: " + who(signer)));
        }
        if (signer != Document.Signatory.FIRST_HEAD && signer != Document.Signatory.ACTING_HEAD) {
            return new Outcome(
                    Grade.FAILING,
                    document.id(),
                    Text.of(
                            "must be signed by the first head or the person acting for them, was signed by " + signer,
                            "должен быть подписан первым руководителем или лицом, его замещающим, подписан: "
                                    + who(signer)));
        }
        if (!document.sealed()) {
            return new Outcome(
                    Grade.FAILING,
                    document.id(),
                    Text.of("must bear the seal of the legal entity", "должен быть заверен печатью юридического лица"));
        }
        return new Outcome(
                Grade.SATISFIED,
                document.id(),
                Text.of("signed by " + signer + " and sealed", "подписан " + byWhom(signer) + " и заверен печатью"));
    }

    /** Who signed, as it follows "подписан: ". */
    private static String who(Document.Signatory signer) {
        return switch (signer) {
            case FIRST_HEAD -> "первый руководитель";
            case ACTING_HEAD -> "лицо, замещающее первого руководителя";
            case APPLICANT -> "заявитель";
            case OTHER -> "иное лицо";
        };
    }

    /** Who signed, as it follows "подписан " (the instrumental case). */
    private static String byWhom(Document.Signatory signer) {
        return switch (signer) {
            case FIRST_HEAD -> "первым руководителем";
            case ACTING_HEAD -> "лицом, замещающим первого руководителя";
            case APPLICANT -> "заявителем";
            case OTHER -> "иным лицом";
        };
    }

    private static String russian(LegalBasis basis) {
        return switch (basis) {
            case OWNERSHIP -> "право собственности";
            case ECONOMIC_MANAGEMENT -> "право хозяйственного ведения";
            case OPERATIONAL_MANAGEMENT -> "право оперативного управления";
            case TRUST_MANAGEMENT -> "доверительное управление";
            case LEASE -> "аренда";
            case GRATUITOUS_USE -> "безвозмездное пользование";
            case OTHER -> "иное законное основание";
        };
    }

    private static Outcome better(Outcome a, Outcome b) {
        return b.grade().ordinal() < a.grade().ordinal() ? b : a;
    }
}
