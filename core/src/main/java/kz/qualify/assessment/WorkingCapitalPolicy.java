package kz.qualify.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.WorkingCapital;
import kz.qualify.law.Money;
import kz.qualify.law.MrpRate;
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
        figures.add(Text.of("stated: " + capital.amount().format(), "указано: " + ru(capital.amount())));
        if (!capital.amount().atLeast(required)) return belowMinimum(r, rule, figures, capital, required);
        var certificate = certificate(capital, context.dossier(), asOf);
        if (certificate != null) {
            return Findings.of(
                    r,
                    Status.MISSING_EVIDENCE,
                    Text.of(
                            "the amount suffices but is not confirmed by a bank certificate",
                            "суммы достаточно, но она не подтверждена банковской справкой"),
                    figures,
                    List.of(certificate.issue()),
                    List.of(certificate.remedy()));
        }
        figures.add(Text.of(
                "confirmed by " + capital.bank() + " on " + capital.certificateDate(),
                "подтверждено: " + capital.bank() + ", " + capital.certificateDate()));
        return Findings.of(
                r,
                Status.MET,
                Text.of(
                        "working capital of at least " + rule.minMrp() + " МРП is confirmed",
                        "оборотные средства не менее " + rule.minMrp() + " МРП подтверждены"),
                figures,
                List.of(),
                List.of());
    }

    /** The МРП table does not reach back to the date: the officer supplies the rate. */
    private static Finding noRate(Requirement r, LocalDate asOf) {
        return Findings.of(
                r,
                Status.NEEDS_REVIEW,
                Text.of("no МРП is known for " + asOf, "МРП на " + asOf + " не известен"),
                List.of(),
                List.of(Finding.Issue.of(
                        "mrp",
                        Text.of("the МРП table starts later than " + asOf, "таблица МРП начинается позже " + asOf))),
                List.of());
    }

    /** The МРП in force and the amount it makes: the figures every outcome shows. */
    private static ArrayList<Text> requiredFigures(
            Rule.WorkingCapitalRule rule, MrpRate mrp, Money required, LocalDate asOf) {
        var figures = new ArrayList<Text>();
        figures.add(Text.of(
                "МРП on " + asOf + ": " + mrp.value().format() + " (from " + mrp.from() + ", " + mrp.law() + ")",
                "МРП на " + asOf + ": " + ru(mrp.value()) + " (с " + mrp.from() + ", " + mrp.law() + ")"));
        figures.add(Text.of(
                "required: " + rule.minMrp() + " МРП = " + required.format(),
                "требуется: " + rule.minMrp() + " МРП = " + ru(required)));
        return figures;
    }

    private static Finding notStated(Requirement r, List<Text> figures, Money required) {
        return Findings.of(
                r,
                Status.NOT_MET,
                Text.of("no working capital is stated", "оборотные средства не указаны"),
                figures,
                List.of(Finding.Issue.of("workingCapital", Text.of("not stated", "не указаны"))),
                List.of(Text.of(
                        "working capital of at least " + required.format() + ", confirmed by a bank certificate",
                        "оборотные средства не менее " + ru(required) + ", подтверждённые банковской справкой")));
    }

    private static Finding belowMinimum(
            Requirement r, Rule.WorkingCapitalRule rule, List<Text> figures, WorkingCapital capital, Money required) {
        var shortBy = required.minus(capital.amount());
        var shortText = Text.of("short by " + shortBy.format(), "недостаёт " + ru(shortBy));
        figures.add(shortText);
        return Findings.of(
                r,
                Status.NOT_MET,
                Text.of(
                        "working capital is below " + rule.minMrp() + " МРП",
                        "оборотные средства меньше " + rule.minMrp() + " МРП"),
                figures,
                List.of(Finding.Issue.of("workingCapital", shortText)),
                List.of(Text.of(
                        "capital short by " + shortBy.format() + ": raise working capital to at least "
                                + required.format(),
                        "недостаёт " + ru(shortBy) + ": увеличьте оборотные средства не менее чем до "
                                + ru(required))));
    }

    /** What is wrong with the bank certificate, and what would fix it. */
    record CertificateProblem(Finding.Issue issue, Text remedy) {}

    /**
     * The bank certificate confirming the amount: its bank, date and copy given, and dated by the
     * assessment; {@code null} when it confirms the amount.
     */
    static @Nullable CertificateProblem certificate(WorkingCapital capital, Dossier dossier, LocalDate asOf) {
        if (capital.bank() == null
                || capital.certificateDate() == null
                || dossier.document(capital.certificateDocument()).isEmpty()) {
            return new CertificateProblem(
                    Finding.Issue.of(
                            "workingCapital.certificate",
                            Text.of(
                                    "no bank certificate (банковская справка) with bank, date and copy",
                                    "нет банковской справки с указанием банка, даты и копией")),
                    Text.of(
                            "attach the bank certificate confirming "
                                    + capital.amount().format(),
                            "приложите банковскую справку, подтверждающую " + ru(capital.amount())));
        }
        if (capital.certificateDate().isAfter(asOf)) {
            return new CertificateProblem(
                    Finding.Issue.of(
                            "workingCapital.certificate",
                            Text.of(
                                    "the certificate is dated " + capital.certificateDate() + ", after " + asOf,
                                    "справка датирована " + capital.certificateDate() + ", позже " + asOf)),
                    Text.of(
                            "attach a bank certificate dated on or before " + asOf,
                            "приложите банковскую справку, датированную не позднее " + asOf));
        }
        return null;
    }

    /** An amount as Russian writes it: a decimal comma. */
    private static String ru(Money m) {
        return m.format().replace('.', ',');
    }
}
