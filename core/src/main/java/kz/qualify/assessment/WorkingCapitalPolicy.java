package kz.qualify.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.WorkingCapital;
import kz.qualify.law.Money;
import kz.qualify.law.MrpRate;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;
import org.jspecify.annotations.Nullable;

/**
 * Item 7 subitem 3: working capital of at least N МРП, confirmed by a bank certificate. The МРП is
 * the one in force on the assessment date, so the same amount can pass in one year and fail the next.
 */
final class WorkingCapitalPolicy {

    private WorkingCapitalPolicy() {}

    static Finding evaluate(Requirement r, Rule.WorkingCapitalRule rule, Evaluator.Context context) {
        var asOf = context.asOf();
        var rate = context.mrp().on(asOf);
        if (rate.isEmpty()) return noRate(r, asOf);
        var required = rate.get().value().times(rule.minMrp());
        var figures = requiredFigures(rule, rate.get(), required, asOf);
        var capital = context.dossier().workingCapital();
        if (capital == null) return notStated(r, figures, required);
        figures.add(Message.of("figure.capital.stated", Arg.money("amount", capital.amount())));
        if (!capital.amount().atLeast(required)) return belowMinimum(r, rule, figures, capital, required);
        var certificate = certificate(capital, context.dossier(), asOf);
        if (certificate != null) {
            return Findings.of(
                    r,
                    Status.MISSING_EVIDENCE,
                    Message.of("finding.capital.unconfirmed"),
                    figures,
                    List.of(certificate.issue()),
                    List.of(certificate.remedy()));
        }
        figures.add(Message.of(
                "figure.capital.confirmed",
                Arg.text("bank", capital.bank()),
                Arg.date("date", capital.certificateDate())));
        return Findings.of(
                r,
                Status.MET,
                Message.of("finding.capital.MET", Arg.count("minMrp", rule.minMrp())),
                figures,
                List.of(),
                List.of());
    }

    /** The МРП table does not reach back to the date: the officer supplies the rate. */
    static Finding noRate(Requirement r, LocalDate asOf) {
        var date = Arg.date("date", asOf);
        return Findings.of(
                r,
                Status.NEEDS_REVIEW,
                Message.of("finding.capital.noRate", date),
                List.of(),
                List.of(new Finding.Issue("mrp", Message.of("issue.capital.noRate", date))),
                List.of());
    }

    /** The МРП in force and the amount it makes: the figures every outcome shows. */
    static ArrayList<Message> requiredFigures(
            Rule.WorkingCapitalRule rule, MrpRate mrp, Money required, LocalDate asOf) {
        var figures = new ArrayList<Message>(4);
        figures.add(Message.of(
                "figure.capital.mrp",
                Arg.date("date", asOf),
                Arg.money("mrp", mrp.value()),
                Arg.date("from", mrp.from()),
                Arg.text("law", mrp.law())));
        figures.add(Message.of(
                "figure.capital.required", Arg.count("minMrp", rule.minMrp()), Arg.money("required", required)));
        return figures;
    }

    static Finding notStated(Requirement r, List<Message> figures, Money required) {
        return Findings.of(
                r,
                Status.NOT_MET,
                Message.of("finding.capital.notStated"),
                figures,
                List.of(new Finding.Issue("workingCapital", Message.of("issue.capital.notStated"))),
                List.of(Message.of("remedy.capital.state", Arg.money("required", required))));
    }

    static Finding belowMinimum(
            Requirement r,
            Rule.WorkingCapitalRule rule,
            List<Message> figures,
            WorkingCapital capital,
            Money required) {
        var shortBy = Arg.money("shortBy", required.minus(capital.amount()));
        var shortfall = Message.of("figure.capital.shortBy", shortBy);
        figures.add(shortfall);
        return Findings.of(
                r,
                Status.NOT_MET,
                Message.of("finding.capital.NOT_MET", Arg.count("minMrp", rule.minMrp())),
                figures,
                List.of(new Finding.Issue("workingCapital", shortfall)),
                List.of(Message.of("remedy.capital.raise", shortBy, Arg.money("required", required))));
    }

    /** What is wrong with the bank certificate, and what would fix it. */
    record CertificateProblem(Finding.Issue issue, Message remedy) {}

    private static final String CERTIFICATE = "workingCapital.certificate";

    /**
     * The bank certificate confirming the amount: its bank, date and copy given, and dated by the
     * assessment; {@code null} when it confirms the amount.
     */
    static @Nullable CertificateProblem certificate(WorkingCapital capital, Dossier dossier, LocalDate asOf) {
        if (capital.bank() == null
                || capital.certificateDate() == null
                || dossier.document(capital.certificateDocument()).isEmpty()) {
            return new CertificateProblem(
                    new Finding.Issue(CERTIFICATE, Message.of("issue.capital.noCertificate")),
                    Message.of("remedy.capital.attachCertificate", Arg.money("amount", capital.amount())));
        }
        if (capital.certificateDate().isAfter(asOf)) {
            var on = Arg.date("asOf", asOf);
            return new CertificateProblem(
                    new Finding.Issue(
                            CERTIFICATE,
                            Message.of(
                                    "issue.capital.certificateAfter", Arg.date("date", capital.certificateDate()), on)),
                    Message.of("remedy.capital.attachCertificateBy", on));
        }
        return null;
    }
}
