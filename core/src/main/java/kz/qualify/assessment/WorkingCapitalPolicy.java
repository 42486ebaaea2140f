package kz.qualify.assessment;

import java.util.ArrayList;
import java.util.List;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;

/**
 * Item 7 subitem 3: working capital of at least N МРП, confirmed by a bank certificate. The МРП is
 * the one in force on the assessment date, so the same amount can pass in one year and fail the next.
 */
final class WorkingCapitalPolicy {

    private WorkingCapitalPolicy() {}

    static Finding evaluate(Requirement r, Rule.WorkingCapitalRule rule, Evaluator.Context context) {
        var rate = context.mrp().on(context.asOf());
        if (rate.isEmpty()) {
            return Findings.of(
                    r,
                    Status.NEEDS_REVIEW,
                    "no МРП is known for " + context.asOf(),
                    List.of(),
                    List.of(new Finding.Issue("mrp", "the МРП table starts later than " + context.asOf())),
                    List.of());
        }
        var mrp = rate.get();
        var required = mrp.value().times(rule.minMrp());
        var figures = new ArrayList<String>();
        figures.add("МРП on " + context.asOf() + ": " + mrp.value().format() + " (from " + mrp.from() + ", " + mrp.law()
                + ")");
        figures.add("required: " + rule.minMrp() + " МРП = " + required.format());
        var capital = context.dossier().workingCapital();
        if (capital == null) {
            return Findings.of(
                    r,
                    Status.NOT_MET,
                    "no working capital is stated",
                    figures,
                    List.of(new Finding.Issue("workingCapital", "not stated")),
                    List.of("working capital of at least " + required.format() + ", confirmed by a bank certificate"));
        }
        figures.add("stated: " + capital.amount().format());
        if (!capital.amount().atLeast(required)) {
            var shortBy = required.minus(capital.amount());
            figures.add("short by " + shortBy.format());
            return Findings.of(
                    r,
                    Status.NOT_MET,
                    "working capital is below " + rule.minMrp() + " МРП",
                    figures,
                    List.of(new Finding.Issue("workingCapital", "short by " + shortBy.format())),
                    List.of("capital short by " + shortBy.format() + ": raise working capital to at least "
                            + required.format()));
        }
        var issues = new ArrayList<Finding.Issue>();
        var remedies = new ArrayList<String>();
        if (capital.bank() == null
                || capital.certificateDate() == null
                || context.dossier().document(capital.certificateDocument()).isEmpty()) {
            issues.add(new Finding.Issue(
                    "workingCapital.certificate", "no bank certificate (банковская справка) with bank, date and copy"));
            remedies.add(
                    "attach the bank certificate confirming " + capital.amount().format());
        } else if (capital.certificateDate().isAfter(context.asOf())) {
            issues.add(new Finding.Issue(
                    "workingCapital.certificate",
                    "the certificate is dated " + capital.certificateDate() + ", after " + context.asOf()));
            remedies.add("attach a bank certificate dated on or before " + context.asOf());
        }
        if (!issues.isEmpty()) {
            return Findings.of(
                    r,
                    Status.MISSING_EVIDENCE,
                    "the amount suffices but is not confirmed by a bank certificate",
                    figures,
                    issues,
                    remedies);
        }
        figures.add("confirmed by " + capital.bank() + " on " + capital.certificateDate());
        return Findings.of(
                r,
                Status.MET,
                "working capital of at least " + rule.minMrp() + " МРП is confirmed",
                figures,
                List.of(),
                List.of());
    }
}
